import { token } from '../data';
import { ApiKeysPage } from '../pages/ApiKeysPage';
import { ActivityPage, ChangePasswordPage, SetupPage, SignInPage } from '../pages/SessionPages';
import { WebhooksPage } from '../pages/WebhooksPage';
import { expectNoSidewaysScroll } from '../screenshots';
import { expect, test } from './fixtures';

// Issue 24: at 390 px none of the server's own pages scrolls sideways, and each is axe clean.

test.use({ viewport: { width: 390, height: 844 } });

test.describe('signed in', () => {
  test('390 px: the list, the form, Activity, Change password', async ({ page, list, panel, api, axe }) => {
    await api.createConnection({ authType: 'token', ...token });
    await list.goto();
    await list.expectRow(token.name, ['Working']);
    await expectNoSidewaysScroll(page, 'the list');
    await page.goto('/connections/new');
    await expect(panel.name).toBeEditable();
    await expectNoSidewaysScroll(page, 'the create form');

    await page.goto('/activity');
    await expect(new ActivityPage(page).row(token.name)).toHaveCount(1);
    await expectNoSidewaysScroll(page, 'Activity');
    await page.goto('/account/password');
    const change = new ChangePasswordPage(page);
    await change.submit.click();
    await expect(page.getByRole('alert', { name: 'There is a problem' })).toBeFocused();
    await expectNoSidewaysScroll(page, 'Change password with its errors');
    await axe('Change password with its errors, 390 px');
  });

  test('390 px: API keys with a key, the values of its card labelled by their columns', async ({ page, api, axe }) => {
    const { id } = await api.createConnection({ authType: 'token', ...token });
    await api.createApiKey({ name: 'Nightly export', connections: [id], access: 'read' });
    const keys = new ApiKeysPage(page);
    await keys.goto();
    const row = keys.row('Nightly export');
    await expect(row.getByRole('link', { name: token.name })).toBeVisible();
    await expect(row).toContainText('Never');
    // A card (below 72rem) names each value by its column, drawn before it (docs/decisions/tables-as-cards.md).
    const drawn = await row
      .getByRole('cell')
      .evaluateAll((cells) => cells.map((cell) => /^"([^"]*)"/.exec(getComputedStyle(cell, '::before').content)?.[1] ?? null));
    expect(drawn).toEqual(['Connections: ', 'Access: ', 'Created: ', 'Last used: ', null]);
    await expectNoSidewaysScroll(page, 'API keys');
    await axe('API keys with a key, 390 px');
  });
});

test.describe('signed in, webhooks to a local address allowed', () => {
  test.use({ serverEnv: { WEBHOOKS_ALLOW_PRIVATE: 'true' } });
  test('390 and 320 px: Webhooks with an endpoint, its delivery log and its edit form', async ({ page, server, secrets, axe }) => {
    // Nothing listens there: the test event's delivery fails, with the longest line of the log (its error).
    const url = 'http://127.0.0.1:9/a/rather/long/path/for/the/receiver/of/the/events?source=bigcommerce-connections';
    const response = await page.request.post('/api/webhooks', { data: { url, events: ['connection.created', 'connection.status_changed'], description: 'Order system' }, headers: { Origin: server.url } });
    expect(response.status()).toBe(201);
    secrets.track(((await response.json()) as { secret: string }).secret);
    const hooks = new WebhooksPage(page);
    await hooks.goto();
    await hooks.action(url, 'Send test event').click();
    await expect(hooks.deliveryRows(hooks.deliveries(url), 'webhook.test')).toContainText('could not be reached');
    await hooks.action(url, 'Edit').click();
    await expect(page.getByRole('form', { name: `Edit ${url}` })).toBeVisible();
    for (const width of [390, 320]) {
      await page.setViewportSize({ width, height: 844 });
      await expectNoSidewaysScroll(page, `Webhooks, ${width} px`);
    }
    await axe('Webhooks with a delivery log and an edit form, 320 px');
  });
});

test.describe('signed out', () => {
  test.use({ signedIn: false });
  test('390 px: Sign in, with its error', async ({ page, axe, pageLog }) => {
    pageLog.allowConsoleErrors(/Failed to load resource: .*401/);
    await page.goto('/');
    const signIn = new SignInPage(page);
    await signIn.signIn('owner@example.com', 'not the password at all');
    await expect(signIn.failure).toBeVisible();
    await expectNoSidewaysScroll(page, 'Sign in with its error');
    await axe('Sign in with its error, 390 px');
  });
});

test.describe('before the owner exists', () => {
  test.use({ withOwner: false, signedIn: false });
  test('390 px: Set up the owner account, without its link and with it', async ({ page, server, axe }) => {
    await page.goto('/setup');
    await expect(page.getByText('Set up the owner account:', { exact: true })).toBeVisible();
    await expectNoSidewaysScroll(page, 'setup without its link');
    await expect.poll(() => /^Set up the owner account: (\S+)$/m.exec(server.output)?.[1]).toMatch(/\/setup\?token=/);
    await page.goto(/^Set up the owner account: (\S+)$/m.exec(server.output)![1]!);
    const setup = new SetupPage(page);
    await expect(setup.heading).toBeVisible();
    await setup.submit.click();
    await expect(page.getByRole('alert', { name: 'There is a problem' })).toBeFocused();
    await expectNoSidewaysScroll(page, 'setup with its errors');
    await axe('setup with its errors, 390 px');
  });
});
