import { storeHash } from '../data';
import { SetupGuide } from '../pages/SetupGuide';
import { expect, test } from './fixtures';

test.describe('the server with --simulate: the setup guide', () => {
  test("links to the simulator's control panel of the store, never to the real one", async ({ page, panel, server, context }) => {
    const guide = new SetupGuide(page);
    await page.goto('/connections/new');
    await panel.chooseAuthType('Token');
    await panel.storeHash.fill(storeHash);
    const apiAccounts = guide.storeLink('API accounts', storeHash);
    await expect(apiAccounts).toHaveAccessibleName(`Open the API accounts of store ${storeHash} in the BigCommerce simulator (opens in a new tab)`);
    await expect(apiAccounts).toHaveAttribute('href', `${server.simulatorUrl}/store-${storeHash}/manage/settings/api-accounts`);

    const opened = context.waitForEvent('page');
    await apiAccounts.click();
    const accounts = await opened;
    await expect(accounts.getByRole('heading', { level: 1 })).toHaveText('Store-level API accounts');
    await expect(accounts.getByRole('heading', { level: 2, name: 'Connection wizard (read-only)' })).toBeVisible();
    // The simulated page shows the demo tokens (as the README does): closed before the secret scan.
    await accounts.close();

    await panel.chooseAuthType('OAuth 2.0');
    await expect(guide.storeLink('control panel', storeHash)).toHaveAttribute('href', `${server.simulatorUrl}/store-${storeHash}/manage`);
    await expect(guide.root.getByRole('link', { name: /of store/ })).toHaveCount(1);
    await expect(page.locator('a[href*="mybigcommerce.com"]')).toHaveCount(0);
  });
});
