import { basic, demoClient, oauth2, storeHash, token } from './data';
import { expect, test } from './fixtures';

test.describe('editing', () => {
  test('a Token connection: fields filled in, the access token entered again', async ({ list, panel, backend }) => {
    await list.goto();
    await backend.createConnection({ authType: 'token', ...token });
    await list.page.reload();

    await list.editButton(token.name).click();
    await expect(panel.heading).toHaveText('Edit connection');
    await expect(panel.name).toHaveValue(token.name);
    await expect(panel.authType('Token')).toBeChecked();
    await expect(panel.clientId).toHaveValue(token.clientId);
    await expect(panel.storeHash).toHaveValue(storeHash);
    // Empty, with its note; without it, no save.
    await panel.expectSecretAskedAgain('accessToken');

    await panel.name.fill('BigCommerce - Token store (renamed)');
    await panel.accessToken.fill(token.accessToken);
    await panel.save.click();

    await expect(panel.heading).toBeHidden();
    await expect(list.status('BigCommerce - Token store (renamed)')).toBeVisible();
    await list.expectRow('BigCommerce - Token store (renamed)', ['Token', storeHash, 'Working']);
    await expect(list.row(token.name)).toHaveCount(0);
    await expect(list.rows).toHaveCount(1);
  });

  test('a Basic connection: the password starts empty with its note', async ({ list, panel, backend }) => {
    await list.goto();
    await backend.createConnection({ authType: 'basic', ...basic });
    await list.page.reload();

    await list.editButton(basic.name).click();
    await expect(panel.heading).toHaveText('Edit connection');
    await expect(panel.authType('Basic')).toBeChecked();
    await expect(panel.username).toHaveValue(basic.username);
    await panel.expectSecretAskedAgain('password');
  });

  test('an OAuth 2.0 connection: client and scopes as saved', async ({ list, panel, backend }) => {
    await list.goto();
    await backend.createConnection({
      authType: 'oauth2',
      name: oauth2.name,
      storeHash,
      oauthClientId: 'demo-oauth-client',
      scopes: ['store_v2_products_read_only', 'store_v2_orders'],
    });
    await list.page.reload();

    await list.editButton(oauth2.name).click();
    await expect(panel.heading).toHaveText('Edit connection');
    await expect(panel.authType('OAuth 2.0')).toBeChecked();
    await panel.expectSelectedClient(demoClient.name);
    await expect(panel.scopeLevel('Products', 'Read-only')).toBeChecked();
    await expect(panel.scopeLevel('Orders', 'Modify')).toBeChecked();
    await expect(panel.scopeLevel('Carts', 'None')).toBeChecked();

    // Nothing secret to re-enter here: saving as is works.
    await panel.scopeLevel('Orders', 'None').check();
    await panel.save.click();
    await expect(panel.heading).toBeHidden();
    await expect(list.status(oauth2.name)).toBeVisible();
  });
});

test.describe('deleting', () => {
  test('asks to confirm: Cancel keeps the connection, Delete removes it', async ({ list, backend }) => {
    await list.goto();
    await backend.createConnection({ authType: 'token', ...token });
    await backend.createConnection({ authType: 'basic', ...basic });
    await list.page.reload();
    await expect(list.rows).toHaveCount(2);

    await list.deleteButton(token.name).click();
    await expect(list.confirmDialog).toBeVisible();
    await expect(list.confirmDialog).toContainText(token.name);
    await list.confirmDialog.getByRole('button', { name: 'Cancel', exact: true }).click();
    await expect(list.confirmDialog).toBeHidden();
    await expect(list.deleteButton(token.name)).toBeFocused();
    await expect(list.rows).toHaveCount(2);

    await list.deleteConnection(token.name);
    await expect(list.row(token.name)).toHaveCount(0);
    await expect(list.status(token.name)).toBeVisible();
    await expect(list.rows).toHaveCount(1);

    await list.page.reload();
    await expect(list.row(basic.name)).toHaveCount(1);
    await expect(list.row(token.name)).toHaveCount(0);
  });
});
