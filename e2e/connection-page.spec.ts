import { basic, oauth2, storeHash, token } from './data';
import { expect, test } from './bigcommerceConsole';
import { ConnectionPage, connectionIdOf } from './pages/ConnectionPage';
import { Authorization } from './pages/TestConnection';

const demoLine = 'API keys and the proxy, which let your own programs call BigCommerce with this connection, come with the server (npm run serve).';
const oauthInput = { authType: 'oauth2' as const, name: oauth2.name, storeHash, oauthClientId: 'demo-oauth-client', scopes: ['store_v2_products_read_only'] };

test.describe('a connection’s own page', () => {
  test('Token and Basic: the auth type, the store, the status and when it was checked; the demo’s one line about the server', async ({ page, list, backend, axe }) => {
    const details = new ConnectionPage(page);
    await list.goto();
    const saved = [
      { ...(await backend.createConnection({ authType: 'token', ...token })), name: token.name, type: 'Token' },
      { ...(await backend.createConnection({ authType: 'basic', ...basic })), name: basic.name, type: 'Basic' },
    ];
    for (const { id, name, type } of saved) {
      await details.goto(id);
      await expect(details.heading).toHaveText(name);
      await expect(page).toHaveTitle(`${name} – BigCommerce connections`);
      await details.expectFacts(details.overview, { 'Auth type': type, Store: 'Plumtree Outfitters', 'Store hash': storeHash });
      await details.expectFacts(details.status, { Status: /^Working Connected to Plumtree Outfitters Checked just now$/, 'Last checked': /\d{4}/ });
      await expect(details.scopes).toBeHidden();
      await expect(details.useFromCode).toHaveText(`Use from code${demoLine}`);
      await expect(details.usage).toBeHidden();
      await expect(details.checkNow(name)).toBeVisible();
      await axe(`${type} connection's page`);
    }
  });

  test('OAuth 2.0: not authorized yet, then the scopes BigCommerce granted, by name', async ({ page, list, panel, backend, axe }) => {
    const details = new ConnectionPage(page);
    await list.goto();
    const { id } = await backend.createConnection(oauthInput);
    await details.goto(id);
    await expect(details.heading).toHaveText(oauth2.name);
    await details.expectFacts(details.overview, { 'Auth type': 'OAuth 2.0', Store: 'Not known yet: a test or an authorization reads it' });
    await details.expectFacts(details.status, { Status: 'Needs attention: Not authorized yet. Authorize it: Edit, then Save & authorize.', 'Last checked': 'Never' });
    await expect(details.scopes).toContainText('None yet: BigCommerce grants them when the connection is authorized');
    await axe('OAuth 2.0 not authorized');

    // Authorized through BigCommerce's consent page, from the edit page.
    await details.edit.click();
    await expect(panel.heading).toHaveText('Edit connection');
    await panel.scopeLevel('Information & Settings', 'Read-only').check();
    const consent = await new Authorization(page).openPopup();
    await consent.authorize.click();
    await consent.page.waitForEvent('close');
    await expect(list.status(`Connection "${oauth2.name}" authorized.`)).toBeVisible();

    await details.goto(await connectionIdOf(page, oauth2.name));
    await details.expectFacts(details.status, { Status: /Authorized · Scopes granted: Information & Settings \(Read-only\), Products \(Read-only\)$/ });
    await expect(details.scopes.getByRole('listitem').filter({ hasText: 'Products (Read-only)' })).toHaveText('Products (Read-only) store_v2_products_read_only');
    await expect(details.scopes.getByRole('listitem').filter({ hasText: 'Information & Settings (Read-only)' })).toHaveText(
      'Information & Settings (Read-only) store_v2_information_read_only',
    );
    await details.expectFacts(details.overview, { Store: 'Plumtree Outfitters' });
    await axe('OAuth 2.0 authorized');
  });

  test('Check now: progress, the result announced, the status and its time updated', async ({ page, list, backend, allowBigCommerceErrors }) => {
    allowBigCommerceErrors('net::ERR_FAILED');
    const details = new ConnectionPage(page);
    await list.goto();
    const { id } = await backend.createConnection({ authType: 'token', ...token });
    await details.goto(id);
    await details.expectFacts(details.status, { Status: /^Working Connected to Plumtree Outfitters / });
    const checked = await details.fact(details.status, 'Last checked').locator('time').getAttribute('datetime');

    await page.evaluate(() => window.mockBackend!.setBigCommerceScenario('network-error'));
    await backend.setScenario('connections.test', 'slow', { once: true });
    await details.checkNow(token.name).click();
    await expect(page.getByRole('button', { name: `Checking… ${token.name}`, exact: true })).toBeVisible();
    await expect(list.status(`Connection "${token.name}" failed its test. BigCommerce (api.bigcommerce.com) could not be reached`)).toBeVisible({ timeout: 10_000 });
    await details.expectFacts(details.status, { Status: /^Needs attention: BigCommerce could not be reached\. Nothing to change on your side/, Details: /could not be reached/ });
    await expect(details.fact(details.status, 'Last checked').locator('time')).not.toHaveAttribute('datetime', checked!);
    await expect(details.heading).toHaveText(token.name);
  });

  test('Edit opens the edit form; Delete asks first, then goes back to the list without it', async ({ page, list, panel, backend, axe }) => {
    const details = new ConnectionPage(page);
    await list.goto();
    const { id } = await backend.createConnection({ authType: 'token', ...token });
    await backend.createConnection({ authType: 'basic', ...basic });
    await details.goto(id);
    await details.edit.click();
    await expect(panel.heading).toHaveText('Edit connection');
    await expect(page).toHaveURL(new RegExp(`/connections/${id}/edit$`));
    await expect(panel.name).toHaveValue(token.name);

    await details.goto(id);
    await details.delete.click();
    await expect(details.confirmDialog).toContainText(`Delete the connection “${token.name}”?`);
    await axe('asked to delete');
    await details.confirmDialog.getByRole('button', { name: 'Cancel', exact: true }).click();
    await expect(details.confirmDialog).toBeHidden();
    await expect(details.delete).toBeFocused();
    await expect(details.heading).toHaveText(token.name);

    await details.delete.click();
    await details.confirmDialog.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect(list.heading).toBeVisible();
    await expect(page).toHaveURL(/\/$/);
    await expect(list.status(`Connection "${token.name}" deleted.`)).toBeVisible();
    await expect(list.row(token.name)).toHaveCount(0);
    await expect(list.row(basic.name)).toHaveCount(1);
  });

  test('a connection that does not exist: "Connection not found" and a way back to the list', async ({ page, list, pageLog }) => {
    pageLog.allowConsoleErrors(/Failed to load resource: the server responded with a status of 404/);
    const details = new ConnectionPage(page);
    await details.goto('no-such-connection');
    await expect(details.heading).toHaveText('Connection not found');
    await expect(page).toHaveTitle('Connection not found – BigCommerce connections');
    await expect(page.getByText('There is no connection with this ID.')).toBeVisible();
    await page.getByRole('link', { name: 'Back to connections' }).click();
    await expect(list.heading).toBeVisible();
  });
});
