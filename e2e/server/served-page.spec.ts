import { newClient, token } from '../data';
import { expect, test } from './fixtures';

test.describe('the page as the server serves it', () => {
  test('knows its backend: no service worker, no "Demo" footer, no "Reset demo data", and no demo reset in the API', async ({ page, list, panel, server }) => {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname + new URL(request.url()).search));
    await list.goto();
    // No round trip to learn the backend: the page, its assets, then the list's first page and the
    // attention count's (in either order); the header's "who is signed in" after them (its chunk
    // loads first), never before.
    await expect(page.getByRole('button', { name: /^Signed in as / })).toBeVisible();
    const pages = requested.filter((path) => !path.startsWith('/assets/'));
    expect(pages[0]).toBe('/');
    expect(pages.slice(1, -1).sort()).toEqual(['/api/connections', '/api/connections?status=not_authorized%2Coffline%2Crevoked&limit=10&count=true']);
    expect(pages.at(-1)).toBe('/api/session');
    await expect(list.emptyState).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Demo', exact: true })).toHaveCount(0);
    await expect(page.getByRole('contentinfo')).toHaveCount(0);
    await expect(list.resetDemoData).toHaveCount(0);
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
    expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();

    const reset = await page.request.post('/api/demo/reset', { headers: { Origin: server.url } });
    expect(reset.status()).toBe(404);
    expect(reset.headers()['content-type']).toMatch(/^application\/json/);
    expect(await reset.json()).toMatchObject({ error: { status: 404, code: 'not_found' } });

    // The panel's own page too (it has an HTML file of its own).
    await page.goto('/connections/new');
    await expect(panel.heading).toHaveText('Create connection');
    await expect(list.resetDemoData).toHaveCount(0);
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
  });

  test('no secret typed leaks into the page, storage, cookies or any /api answer', async ({ page, list, panel, secrets }) => {
    await page.goto('/connections/new');
    await panel.fillToken(token);
    await panel.save.click();
    await list.expectRow(token.name, ['Working']);

    await list.editButton(token.name).click();
    await panel.chooseAuthType('OAuth 2.0');
    const dialog = await panel.openCreateClientDialog();
    await dialog.fill(newClient);
    await dialog.save.click();
    await expect(dialog.root).toBeHidden();
    await panel.expectSelectedClient(newClient.name);

    const listed = await page.request.get('/api/oauth-clients');
    expect(await listed.text()).not.toContain(newClient.clientSecret);
    expect(secrets.responses.map((response) => new URL(response.url).pathname)).toEqual(
      expect.arrayContaining(['/api/connections', '/api/oauth-clients']),
    );
    await secrets.expectNoSecretLeaks([token.accessToken, newClient.clientSecret]);
    // Not a blind search: a value the server does return (the name) is found in its answers.
    await expect(secrets.expectNoSecretLeaks([token.name])).rejects.toThrow(/response http:\/\/127\.0\.0\.1:\d+\/api\/connections contains/);
  });

  test('axe: the list with a connection and the panel, as served', async ({ page, list, api, axe }) => {
    await api.createConnection({ authType: 'token', ...token });
    await list.goto();
    await list.expectRow(token.name, ['Working']);
    await axe('list with a connection (server)');
    await list.createLink.click();
    await expect(page.getByRole('heading', { name: 'Create connection' })).toBeVisible();
    await axe('create panel (server)');
  });
});
