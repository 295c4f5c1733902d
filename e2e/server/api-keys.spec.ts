import { apiKeyMessages } from '../../src/features/connections/schema';
import { basic, storeHash, token } from '../data';
import { ApiKeysPage } from '../pages/ApiKeysPage';
import { ConnectionPage } from '../pages/ConnectionPage';
import { AccountMenu, ActivityPage } from '../pages/SessionPages';
import { expect, test } from './fixtures';

const read = 'Read (GET and HEAD only)';
const write = 'Read and write';

test.describe('API keys (the server)', () => {
  test('from the header menu: a Read key for a chosen connection, its secret shown once with a copy button and a curl line, gone after Done', async ({
    page,
    api,
    server,
    secrets,
    axe,
  }) => {
    const { id: tokenId } = await api.createConnection({ authType: 'token', ...token });
    await api.createConnection({ authType: 'basic', ...basic });
    const keys = new ApiKeysPage(page);
    await page.goto('/');
    await new AccountMenu(page).choose('API keys');
    await expect(keys.heading).toBeVisible();
    await expect(page).toHaveTitle('API keys – BigCommerce connections');
    await expect(keys.empty).toBeVisible();
    await axe('no keys yet');

    await keys.createKey('Nightly export', [token.name], read);
    await expect(keys.newKey.getByRole('heading', { name: 'Your new key “Nightly export”' })).toBeFocused();
    const secret = await keys.readSecret();
    secrets.track(secret);
    await expect(keys.newKey).toContainText('Copy the key now: it will not be shown again.');
    await expect(keys.curl).toHaveText(`curl -H "Authorization: Bearer ${secret}" "${server.url}/proxy/${tokenId}/v3/catalog/products?limit=5"`);
    await axe('the new key, shown once');
    await keys.newKey.getByRole('button', { name: 'Copy the key', exact: true }).click();
    await expect(keys.newKey.getByRole('status').filter({ hasText: 'Key copied' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);
    await page.evaluate(() => navigator.clipboard.writeText(''));

    await keys.done.click();
    await expect(keys.newKey).toBeHidden();
    await expect(page.getByRole('heading', { level: 2, name: 'Your keys' })).toBeFocused();
    expect(await page.content()).not.toContain(secret);
    await expect(keys.name).toHaveValue('');
    const row = keys.row('Nightly export');
    for (const cell of [token.name, read, 'Never']) await expect(row).toContainText(cell);
    await expect(row).not.toContainText(basic.name);
    await expect(row.getByRole('link', { name: token.name })).toHaveAttribute('href', `/connections/${tokenId}`);

    await page.reload();
    await expect(keys.row('Nightly export')).toContainText('Never');
    await secrets.expectNoSecretLeaks([secret]);
  });

  test('the form says what is missing, on each field and in a summary that takes focus; then a Read and write key for all connections', async ({
    page,
    api,
    server,
    secrets,
    axe,
  }) => {
    const { id } = await api.createConnection({ authType: 'token', ...token });
    const keys = new ApiKeysPage(page);
    await keys.goto();
    await keys.create.click();
    await expect(keys.errorSummary).toBeFocused();
    for (const message of [apiKeyMessages.nameRequired, apiKeyMessages.connectionsRequired, apiKeyMessages.accessRequired]) {
      await expect(keys.errorSummary.getByRole('link', { name: message })).toBeVisible();
    }
    await expect(keys.name).toHaveAttribute('aria-invalid', 'true');
    await expect(keys.connections).toHaveAccessibleDescription(apiKeyMessages.connectionsRequired);
    await expect(keys.access).toHaveAccessibleDescription(apiKeyMessages.accessRequired);
    await axe('every field missing');

    // A link of the summary takes the focus to its field.
    await keys.errorSummary.getByRole('link', { name: apiKeyMessages.accessRequired }).click();
    await expect(keys.accessLevel(read)).toBeFocused();

    await keys.name.fill('x'.repeat(101));
    await keys.chosenConnections.check();
    await expect(keys.connection(token.name)).toBeVisible();
    await keys.accessLevel(write).check();
    await keys.create.click();
    await expect(keys.errorSummary.getByRole('link')).toHaveText([apiKeyMessages.nameTooLong(101), apiKeyMessages.connectionsRequired]);

    await keys.name.fill('Catalog sync');
    await keys.allConnections.check();
    await keys.create.click();
    const secret = await keys.readSecret();
    secrets.track(secret);
    // "All connections": the example uses the saved one.
    await expect(keys.curl).toContainText(`${server.url}/proxy/${id}/v3/catalog/products?limit=5`);
    await keys.done.click();
    const row = keys.row('Catalog sync');
    for (const cell of ['All connections', write, 'Never']) await expect(row).toContainText(cell);
  });

  test('a chosen connection deleted meanwhile: the 422 lands on "Connections it may use"', async ({ page, api, server, pageLog }) => {
    pageLog.allowConsoleErrors(/Failed to load resource: the server responded with a status of 422/);
    const { id } = await api.createConnection({ authType: 'token', ...token });
    const keys = new ApiKeysPage(page);
    await keys.goto();
    await keys.name.fill('Export');
    await keys.chosenConnections.check();
    await keys.connection(token.name).check();
    await keys.accessLevel(read).check();
    const deleted = await page.request.delete(`/api/connections/${id}`, { headers: { Origin: server.url } });
    expect(deleted.status()).toBe(204);
    await keys.create.click();
    await expect(keys.errorSummary).toBeFocused();
    await expect(keys.errorSummary.getByRole('link', { name: apiKeyMessages.unknownConnections(1) })).toBeVisible();
    await expect(keys.connections).toHaveAccessibleDescription(apiKeyMessages.unknownConnections(1));
    await expect(keys.newKey).toBeHidden();
  });

  test('Revoke asks first: Cancel keeps the key, Revoke removes it; both are in the activity log', async ({ page, api, axe }) => {
    await api.createApiKey({ name: 'Old script', connections: 'all', access: 'read' });
    await api.createApiKey({ name: 'Keeper', connections: 'all', access: 'write' });
    const keys = new ApiKeysPage(page);
    await keys.goto();
    await expect(keys.rows).toHaveCount(2);

    await keys.revoke('Old script').click();
    await expect(keys.revokeDialog).toContainText('Revoke the key “Old script”? Programs that use it get 401 from their next call.');
    await expect(keys.revokeDialog.getByRole('button', { name: 'Cancel', exact: true })).toBeFocused();
    await axe('asked to revoke');
    await page.keyboard.press('Escape');
    await expect(keys.revokeDialog).toBeHidden();
    await expect(keys.rows).toHaveCount(2);

    await keys.revoke('Old script').click();
    await keys.revokeDialog.getByRole('button', { name: 'Revoke', exact: true }).click();
    await expect(keys.revokeDialog).toBeHidden();
    await expect(page.getByRole('status').filter({ hasText: 'API key "Old script" revoked.' })).toBeVisible();
    await expect(keys.row('Old script')).toHaveCount(0);
    await page.reload();
    await expect(keys.rows).toHaveCount(1);
    await expect(keys.row('Keeper')).toHaveCount(1);

    await new AccountMenu(page).choose('Activity');
    const activity = new ActivityPage(page);
    await expect(activity.row('Created an API key', 'Old script')).toHaveCount(1);
    await expect(activity.row('Revoked an API key', 'Old script')).toHaveCount(1);
  });
});

test.describe('a connection’s page on the server: Use from code and Usage', () => {
  test('the ID, the proxy URL, the keys that may use it, curl and fetch with $BCW_KEY; the usage; no key: a link to the API keys page', async ({
    page,
    api,
    server,
    axe,
  }) => {
    const { id } = await api.createConnection({ authType: 'token', ...token });
    const other = await api.createConnection({ authType: 'basic', ...basic });
    await api.createApiKey({ name: 'Export', connections: [id], access: 'read' });
    await api.createApiKey({ name: 'Everything', connections: 'all', access: 'write' });
    await api.createApiKey({ name: 'Other only', connections: [other.id], access: 'read' });
    const details = new ConnectionPage(page);
    await details.goto(id);
    await expect(details.heading).toHaveText(token.name);
    await details.expectFacts(details.overview, { 'Auth type': 'Token', 'Store hash': storeHash });

    const code = details.useFromCode;
    const proxyUrl = `${server.url}/proxy/${id}/`;
    await expect(details.fact(code, 'Connection ID')).toContainText(id);
    await expect(details.fact(code, 'Proxy URL')).toContainText(proxyUrl);
    await expect(code.getByRole('listitem')).toHaveText([/^Everything bcw_….{4}: Read and write, for all connections$/, /^Export bcw_….{4}: Read \(GET and HEAD only\)$/]);
    await expect(code.getByText(/^curl /)).toHaveText(`curl -H "Authorization: Bearer $BCW_KEY" "${proxyUrl}v3/catalog/products?limit=5"`);
    await expect(code.getByText(/^const response = await fetch/)).toContainText('Authorization: `Bearer ${process.env.BCW_KEY}`');
    await code.getByRole('button', { name: 'Copy proxy URL', exact: true }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(proxyUrl);
    await details.expectFacts(details.usage, {
      Calls: '0',
      'Waited for the store’s quota': '0',
      '429s absorbed (sent again by the proxy)': '0',
      '429s the caller got (the goal is none)': '0',
      'Errors (BigCommerce failed or did not answer)': '0',
    });
    await axe('Use from code and Usage');

    // Revoked keys are gone from the list; with none left for it, a link to make one.
    await page.goto('/api-keys');
    const keys = new ApiKeysPage(page);
    for (const name of ['Export', 'Everything']) {
      await keys.revoke(name).click();
      await keys.revokeDialog.getByRole('button', { name: 'Revoke', exact: true }).click();
      await expect(keys.row(name)).toHaveCount(0);
    }
    await details.goto(id);
    await expect(code).toContainText('No API key may use this connection yet.');
    await code.getByRole('link', { name: 'Create one on the API keys page' }).click();
    await expect(keys.heading).toBeVisible();
  });
});

test.describe('the journey: a key from the page, used by another program', () => {
  test('create a key, copy it, call the proxy with it, see "last used" and the usage change, revoke it: the next call gets 401', async ({
    page,
    api,
    server,
    secrets,
    playwright,
  }) => {
    const { id } = await api.createConnection({ authType: 'token', ...token });
    const keys = new ApiKeysPage(page);
    await keys.goto();
    await keys.createKey('Catalog reader', [token.name], read);
    secrets.track(await keys.readSecret());
    await keys.newKey.getByRole('button', { name: 'Copy the key', exact: true }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    await page.evaluate(() => navigator.clipboard.writeText(''));
    await keys.done.click();
    await expect(keys.row('Catalog reader')).toContainText('Never');

    // Another program: no cookie, no Origin, only the key.
    const program = await playwright.request.newContext({ baseURL: server.url });
    try {
      const call = () => program.get(`/proxy/${id}/v3/catalog/summary`, { headers: { Authorization: `Bearer ${copied}` } });
      const answered = await call();
      expect(answered.status(), await answered.text()).toBe(200);
      expect(await answered.json()).toHaveProperty('data');
      // A Read key cannot write.
      const write = await program.put(`/proxy/${id}/v3/catalog/summary`, { headers: { Authorization: `Bearer ${copied}` }, data: {} });
      expect(write.status()).toBe(403);
      expect(write.headers()['x-proxy-error']).toBe('forbidden');

      // "Last used" and the usage follow within a second or so (counted in memory, written in batches).
      await expect(async () => {
        await page.reload();
        await expect(keys.row('Catalog reader')).not.toContainText('Never', { timeout: 1000 });
      }).toPass({ timeout: 15_000 });
      const details = new ConnectionPage(page);
      await details.goto(id);
      await expect(async () => {
        await page.reload();
        await expect(details.fact(details.usage, 'Calls')).toHaveText('1', { timeout: 1000 });
      }).toPass({ timeout: 15_000 });
      await details.expectFacts(details.usage, { '429s the caller got (the goal is none)': '0', 'Errors (BigCommerce failed or did not answer)': '0' });
      await expect(details.useFromCode.getByRole('listitem')).toHaveText([/^Catalog reader bcw_….{4}: Read \(GET and HEAD only\)$/]);

      await keys.goto();
      await keys.revoke('Catalog reader').click();
      await keys.revokeDialog.getByRole('button', { name: 'Revoke', exact: true }).click();
      await expect(keys.empty).toBeVisible();
      const refused = await call();
      expect(refused.status()).toBe(401);
      expect(refused.headers()['x-proxy-error']).toBe('unauthorized');
    } finally {
      await program.dispose();
    }
  });
});
