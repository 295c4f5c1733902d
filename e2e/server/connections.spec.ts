import { basic, storeHash, token } from '../data';
import { expect, test } from './fixtures';

const online = ['Working', 'Connected to Plumtree Outfitters'];

test.describe('the server: creating, editing and deleting', () => {
  test('Token and Basic: saved, tested by the server, listed online with the store name', async ({ page, list, panel }) => {
    await list.goto();
    await expect(list.emptyState).toBeVisible();
    await list.createLink.click();
    await panel.fillToken(token);
    await panel.save.click();
    await expect(panel.heading).toBeHidden();
    await expect(list.status(`Connection "${token.name}" saved. It is online: connected to Plumtree Outfitters`)).toBeVisible();
    await list.expectRow(token.name, ['Token', storeHash, ...online]);

    await list.createLink.click();
    await panel.fillBasic(basic);
    await panel.save.click();
    await expect(panel.heading).toBeHidden();
    await list.expectRow(basic.name, ['Basic', storeHash, ...online]);

    await page.reload();
    await expect(list.rows).toHaveCount(2);
    await list.expectRow(token.name, ['Token', storeHash, ...online]);
  });

  test('editing a Token connection: the access token starts empty, is required, and saves online', async ({ list, panel, api }) => {
    await api.createConnection({ authType: 'token', ...token });
    await list.goto();
    await list.editButton(token.name).click();
    await expect(panel.heading).toHaveText('Edit connection');
    await expect(panel.name).toHaveValue(token.name);
    await expect(panel.clientId).toHaveValue(token.clientId);
    await expect(panel.storeHash).toHaveValue(storeHash);
    await panel.expectSecretAskedAgain('accessToken');

    await panel.name.fill('Plumtree, renamed');
    await panel.accessToken.fill(token.accessToken);
    await panel.save.click();
    await expect(panel.heading).toBeHidden();
    await list.expectRow('Plumtree, renamed', ['Token', storeHash, ...online]);
    await expect(list.rows).toHaveCount(1);
  });

  test('editing a Basic connection: the password starts empty and is required', async ({ list, panel, api }) => {
    await api.createConnection({ authType: 'basic', ...basic });
    await list.goto();
    await list.editButton(basic.name).click();
    await expect(panel.username).toHaveValue(basic.username);
    await panel.expectSecretAskedAgain('password');

    await panel.password.fill(basic.password);
    await panel.save.click();
    await expect(panel.heading).toBeHidden();
    await list.expectRow(basic.name, ['Basic', ...online]);
  });

  test('deleting: Cancel keeps the connection, Delete removes it for good', async ({ page, list, api }) => {
    await api.createConnection({ authType: 'token', ...token });
    await api.createConnection({ authType: 'basic', ...basic });
    await list.goto();
    await expect(list.rows).toHaveCount(2);

    await list.deleteButton(token.name).click();
    await list.confirmDialog.getByRole('button', { name: 'Cancel', exact: true }).click();
    await expect(list.confirmDialog).toBeHidden();
    await expect(list.rows).toHaveCount(2);

    await list.deleteConnection(token.name);
    await expect(list.status(token.name)).toBeVisible();
    await expect(list.row(token.name)).toHaveCount(0);
    await page.reload();
    await expect(list.rows).toHaveCount(1);
    await expect(list.row(basic.name)).toHaveCount(1);
  });
});
