import { basic, storeHash, token } from './data';
import { expect, test } from './bigcommerceConsole';

const wrongToken = 'w4r0n9t0k3n5a7s9d1f3g5h7j9k1l3z';

test.describe('each connection’s status in the list', () => {
  test('working, needing attention with why and what to do, not authorized; how many need attention; when each was checked', async ({ list, backend, axe, allowBigCommerceErrors }) => {
    allowBigCommerceErrors(401);
    await list.goto();
    await backend.createConnection({ authType: 'token', ...token });
    await backend.createConnection({ authType: 'basic', ...basic, password: wrongToken });
    await backend.createConnection({
      authType: 'oauth2',
      name: 'BigCommerce - OAuth store',
      storeHash,
      oauthClientId: 'demo-oauth-client',
      scopes: ['store_v2_products_read_only'],
    });
    await list.page.reload();

    await list.expectRow(token.name, ['Working', 'Connected to Plumtree Outfitters']);
    await list.expectRow(token.name, ['Checked just now']);
    await list.expectRow(basic.name, ['Needs attention', 'Create a new API account in BigCommerce, then Edit and enter its access token as the password.', 'Checked just now']);
    // The reason reads as part of the status: "Needs attention: BigCommerce refused…".
    await expect(list.row(basic.name).getByRole('cell').nth(2)).toHaveText(/^Needs attention: BigCommerce refused the token\. /);
    await list.expectRow('BigCommerce - OAuth store', ['Needs attention', 'Not authorized yet.', 'Authorize it: Edit, then Save & authorize.']);
    await expect(list.row('BigCommerce - OAuth store')).not.toContainText('Checked');
    // At the top: how many, each linked to its page.
    const attention = list.page.getByRole('region', { name: '2 connections need attention' });
    await expect(attention.getByRole('link')).toHaveText(['BigCommerce - OAuth store', basic.name]);
    await attention.getByRole('link', { name: basic.name }).click();
    await expect(list.page.getByRole('heading', { level: 1, name: basic.name })).toBeVisible();
    await list.page.goBack();
    for (const name of [token.name, basic.name, 'BigCommerce - OAuth store']) {
      await expect(list.page.getByRole('button', { name: `Test ${name}`, exact: true })).toBeVisible();
    }
    await axe('statuses');
  });

  test('saving records the test: a refused token is saved, listed offline, and the message says why', async ({ page, list, panel, allowBigCommerceErrors }) => {
    allowBigCommerceErrors(401);
    await page.goto('/connections/new');
    await panel.fillToken({ ...token, accessToken: wrongToken });
    await panel.save.click();
    await expect(list.status(`Connection "${token.name}" saved. Its test failed: BigCommerce refused this access token`)).toBeVisible();
    await list.expectRow(token.name, ['Needs attention', 'BigCommerce refused the token']);
  });
});

test.describe('"Test NAME" in a row', () => {
  test('shows progress in the row, announces the result and updates the status', async ({ list, backend, axe, allowBigCommerceErrors, secrets }) => {
    allowBigCommerceErrors('net::ERR_FAILED');
    await list.goto();
    await backend.createConnection({ authType: 'token', ...token });
    await list.page.reload();
    const row = list.row(token.name);
    await list.expectRow(token.name, ['Working']);

    // BigCommerce goes away: the re-test finds it offline.
    await list.page.evaluate(() => window.mockBackend!.setBigCommerceScenario('network-error'));
    await backend.setScenario('connections.test', 'slow', { once: true });
    await list.page.getByRole('button', { name: `Test ${token.name}`, exact: true }).click();
    await expect(row).toContainText('Testing…');
    await axe('row testing');
    await expect(list.status(`Connection "${token.name}" failed its test. BigCommerce (api.bigcommerce.com) could not be reached`)).toBeVisible({
      timeout: 10_000,
    });
    await list.expectRow(token.name, ['Needs attention', 'BigCommerce could not be reached', 'Nothing to change on your side']);
    await expect(list.page.getByRole('region', { name: '1 connection needs attention' })).toBeVisible();
    await expect(row).not.toContainText('Testing…');
    await axe('row offline, message');

    // Back again: online, and the row says so.
    await list.page.evaluate(() => window.mockBackend!.setBigCommerceScenario(null));
    await list.page.getByRole('button', { name: `Test ${token.name}`, exact: true }).click();
    await expect(list.status(`Connection "${token.name}" is online: connected to Plumtree Outfitters (Plus plan).`)).toBeVisible();
    await list.expectRow(token.name, ['Working', 'Connected to Plumtree Outfitters']);
    await expect(list.page.getByRole('region', { name: /need(s)? attention/ })).toBeHidden();

    // The status survives a reload: the backend recorded it.
    await list.page.reload();
    await list.expectRow(token.name, ['Working']);
    await secrets.expectNoSecretLeaks([token.accessToken]);
  });

  test('our backend failing: says the test could not run, the status stays', async ({ list, backend, pageLog }) => {
    pageLog.allowConsoleErrors(/Failed to load resource: the server responded with a status of 503/);
    await list.goto();
    await backend.createConnection({ authType: 'token', ...token });
    await list.page.reload();
    await backend.setScenario('connections.test', 'unavailable', { once: true });
    await list.page.getByRole('button', { name: `Test ${token.name}`, exact: true }).click();
    await expect(list.status(`Connection "${token.name}" could not be tested.`)).toBeVisible();
    await list.expectRow(token.name, ['Working']);
  });
});
