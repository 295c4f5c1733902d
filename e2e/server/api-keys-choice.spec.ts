import { basic, token } from '../data';
import { ApiKeysPage } from '../pages/ApiKeysPage';
import { expect, test } from './fixtures';

test.describe('API keys: choosing among many connections', () => {
  test('a search over the saved connections, by keyboard; the chosen ones listed with Remove; the key gets exactly them', async ({ page, api, axe }) => {
    await api.createConnection({ authType: 'token', ...token });
    await api.createConnection({ authType: 'basic', ...basic });
    const keys = new ApiKeysPage(page);
    await keys.goto();
    await keys.name.fill('Basic only');
    await keys.chosenConnections.check();
    await expect(keys.connection(token.name)).toBeVisible();

    await keys.connectionSearch.fill('basic');
    await expect(keys.connection(token.name)).toBeHidden();
    await keys.connection(basic.name).focus();
    await page.keyboard.press('Space');
    await expect(keys.connection(basic.name)).toBeChecked();
    await expect(keys.connection(basic.name)).toBeFocused();
    await expect(keys.connections.getByRole('status')).toHaveText('Chosen (1):');
    await expect(keys.removeChosen(basic.name)).toBeVisible();
    await axe('chosen by a search');

    // Another search: the chosen one stays chosen, and listed.
    await keys.connectionSearch.fill('token');
    await expect(keys.connection(basic.name)).toBeHidden();
    await expect(keys.removeChosen(basic.name)).toBeVisible();
    await keys.accessLevel('Read (GET and HEAD only)').check();
    await keys.create.click();
    await keys.readSecret();
    await keys.done.click();
    await expect(keys.row('Basic only')).toContainText(basic.name);
  });
});
