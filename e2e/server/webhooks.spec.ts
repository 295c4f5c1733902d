import { Webhook } from 'standardwebhooks';
import { webhookMessages, type WebhookInput } from '../../src/features/connections/schema';
import { token } from '../data';
import { WebhooksPage } from '../pages/WebhooksPage';
import { AccountMenu } from '../pages/SessionPages';
import { expect, test, type Page } from './fixtures';
import { startWebhookReceiver, type ReceivedEvent, type WebhookReceiver } from './webhookReceiver';

// Issue 22, the page: endpoints added, tested, rotated and deleted on /webhooks, against the real
// server and a real receiver (webhookReceiver.ts) whose requests are verified with the secret shown.

/** The event's body if its signature verifies with `secret`; throws otherwise. */
const verify = (secret: string, event: ReceivedEvent) => new Webhook(secret).verify(event.body, event.headers) as { type: string; data: Record<string, unknown> };
const escaped = (text: string) => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));

/** POST /api/webhooks behind the page's back, as the signed-in owner; its secret is tracked by the leak checks. */
async function addEndpointOverApi(page: Page, origin: string, input: WebhookInput, track: (secret: string) => void): Promise<string> {
  const response = await page.request.post('/api/webhooks', { data: input, headers: { Origin: origin } });
  expect(response.status(), `POST /api/webhooks: ${response.status() === 201 ? '' : await response.text()}`).toBe(201);
  const { secret } = (await response.json()) as { secret: string };
  track(secret);
  return secret;
}

test.describe('Webhooks (the server, a receiver on 127.0.0.1)', () => {
  test.use({ serverEnv: { WEBHOOKS_ALLOW_PRIVATE: 'true' } });
  let receiver: WebhookReceiver;
  test.beforeEach(async () => {
    receiver = await startWebhookReceiver();
  });
  test.afterEach(async () => {
    await receiver.close();
  });

  test('from the header menu: the form’s errors first, then an endpoint whose secret is shown once; a test event verifies with it and is Delivered in the log', async ({
    page,
    secrets,
    axe,
  }) => {
    const hooks = new WebhooksPage(page);
    await page.goto('/');
    await new AccountMenu(page).choose('Webhooks');
    await expect(hooks.heading).toBeVisible();
    await expect(page).toHaveTitle('Webhooks – BigCommerce connections');
    await expect(hooks.empty).toBeVisible();
    await axe('no endpoints yet');

    await hooks.add.click();
    await expect(hooks.errorSummary).toBeFocused();
    await expect(hooks.errorSummary.getByRole('link')).toHaveText([webhookMessages.urlRequired, webhookMessages.eventsRequired]);
    await expect(hooks.url).toHaveAttribute('aria-invalid', 'true');
    await expect(hooks.url).toHaveAccessibleDescription(escaped(webhookMessages.urlRequired));
    await expect(hooks.events).toHaveAccessibleDescription(escaped(webhookMessages.eventsRequired));
    await axe('every field missing');
    await hooks.errorSummary.getByRole('link', { name: webhookMessages.eventsRequired }).click();
    await expect(hooks.event('connection.created')).toBeFocused();

    await hooks.addEndpoint(receiver.url, ['connection.created', 'connection.status_changed'], 'The test receiver');
    await expect(hooks.secretNotice.getByRole('heading', { name: 'Endpoint added: its signing secret' })).toBeFocused();
    const secret = await hooks.readSecret();
    secrets.track(secret);
    await expect(hooks.secretNotice).toContainText('Copy the secret now: it will not be shown again.');
    await expect(hooks.secretNotice.getByText(/new Webhook\(process\.env\.WEBHOOK_SECRET\)\.verify\(rawBody, headers\)/)).toBeVisible();
    await axe('the signing secret, shown once');
    await hooks.secretNotice.getByRole('button', { name: 'Copy the secret', exact: true }).click();
    await expect(hooks.secretNotice.getByRole('status').filter({ hasText: 'Secret copied' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);
    await page.evaluate(() => navigator.clipboard.writeText(''));
    await hooks.done.click();
    await expect(hooks.secretNotice).toBeHidden();
    await expect(page.getByRole('heading', { level: 2, name: 'Your endpoints' })).toBeFocused();
    expect(await page.content()).not.toContain(secret);

    const endpoint = hooks.endpoint(receiver.url);
    for (const text of ['Active', 'The test receiver', 'connection.created', 'connection.status_changed', `whsec_…${secret.slice(-4)}`]) await expect(endpoint).toContainText(text);
    await hooks.action(receiver.url, 'Send test event').click();
    await expect(page.getByRole('status').filter({ hasText: `Test event sent to ${receiver.url}.` })).toBeVisible();
    await expect(hooks.action(receiver.url, 'Delivery log of')).toHaveAttribute('aria-expanded', 'true');
    const log = hooks.deliveries(receiver.url);
    const testEvent = hooks.deliveryRows(log, 'webhook.test');
    await expect(testEvent).toHaveCount(1);
    await expect(testEvent).toContainText('Delivered');
    await expect(testEvent).toContainText('HTTP 200');
    expect(receiver.ofType('webhook.test')).toHaveLength(1);
    const body = verify(secret, receiver.ofType('webhook.test')[0]!);
    expect(body.type).toBe('webhook.test');
    await axe('a test event delivered');

    await page.reload();
    await expect(hooks.endpoint(receiver.url)).toContainText('Active');
    await secrets.expectNoSecretLeaks([secret]);
  });

  test('a connection created sends connection.created; a receiver answering 500: the failed attempt in the log, then Resend once it answers 200', async ({
    page,
    server,
    api,
    secrets,
    axe,
  }) => {
    const secret = await addEndpointOverApi(page, server.url, { url: receiver.url, events: ['connection.created'] }, (value) => secrets.track(value));
    await api.createConnection({ authType: 'token', ...token });
    await expect.poll(() => receiver.ofType('connection.created').length).toBe(1);
    const created = verify(secret, receiver.ofType('connection.created')[0]!);
    expect(created.data.connection).toMatchObject({ name: token.name });

    const hooks = new WebhooksPage(page);
    await hooks.goto();
    const log = await hooks.openDeliveries(receiver.url);
    await expect(hooks.deliveryRows(log, 'connection.created')).toContainText('Delivered');

    receiver.answerWith(500);
    await hooks.action(receiver.url, 'Send test event').click();
    const failed = hooks.deliveryRows(log, 'webhook.test');
    await expect(failed).toContainText('HTTP 500');
    // Tried again in a minute, on its own: pending meanwhile.
    await expect(failed).toContainText(/HTTP 500 Next try .+Pending/);
    await expect(hooks.endpoint(receiver.url)).toContainText('Failing since');
    await axe('a failed delivery');

    receiver.answerWith(200);
    await failed.getByRole('button', { name: /^Resend webhook\.test of / }).click();
    await expect(page.getByRole('status').filter({ hasText: `The webhook.test event is sent again to ${receiver.url}, as a new delivery.` })).toBeVisible();
    const tests = hooks.deliveryRows(log, 'webhook.test');
    await expect(tests).toHaveCount(2);
    await expect(tests.first()).toContainText('Delivered');
    await expect(tests.first()).toContainText('HTTP 200');
    await expect(hooks.endpoint(receiver.url)).toContainText('Active');
    const resent = receiver.ofType('webhook.test');
    expect(resent.map((event) => verify(secret, event).type)).toEqual(['webhook.test', 'webhook.test']);
    await secrets.expectNoSecretLeaks([secret]);
  });

  test('Rotate asks first, then shows the new secret once: the next event verifies with it and not the old; Edit, then Delete', async ({
    page,
    server,
    secrets,
    axe,
  }) => {
    const old = await addEndpointOverApi(page, server.url, { url: receiver.url, events: ['connection.deleted'] }, (value) => secrets.track(value));
    const hooks = new WebhooksPage(page);
    await hooks.goto();

    await hooks.action(receiver.url, 'Rotate secret').click();
    await expect(hooks.rotateDialog).toContainText(`Give ${receiver.url} a new signing secret?`);
    await expect(hooks.rotateDialog.getByRole('button', { name: 'Cancel', exact: true })).toBeFocused();
    await axe('asked to rotate');
    await hooks.rotateDialog.getByRole('button', { name: 'Rotate secret', exact: true }).click();
    await expect(hooks.secretNotice.getByRole('heading', { name: 'New signing secret' })).toBeFocused();
    const secret = await hooks.readSecret();
    secrets.track(secret);
    expect(secret).not.toBe(old);
    await expect(hooks.secretNotice).toContainText('The old secret no longer signs');
    await hooks.done.click();
    await expect(hooks.endpoint(receiver.url)).toContainText(`whsec_…${secret.slice(-4)}`);

    await hooks.action(receiver.url, 'Send test event').click();
    await expect(hooks.deliveryRows(hooks.deliveries(receiver.url), 'webhook.test')).toContainText('Delivered');
    const [event] = receiver.ofType('webhook.test');
    expect(verify(secret, event!).type).toBe('webhook.test');
    expect(() => verify(old, event!)).toThrow();

    await hooks.action(receiver.url, 'Edit').click();
    const edit = page.getByRole('form', { name: `Edit ${receiver.url}` });
    await hooks.event('connection.status_changed', edit).check();
    await edit.getByLabel('Description (optional)').fill('Renamed receiver');
    await axe('editing an endpoint');
    await edit.getByRole('button', { name: 'Save endpoint', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: `Webhook endpoint ${receiver.url} saved.` })).toBeVisible();
    await expect(hooks.action(receiver.url, 'Edit')).toBeFocused();
    for (const text of ['Renamed receiver', 'connection.deleted', 'connection.status_changed']) await expect(hooks.endpoint(receiver.url)).toContainText(text);

    await hooks.action(receiver.url, 'Delete').click();
    await expect(hooks.deleteDialog).toContainText(`Delete the endpoint ${receiver.url}?`);
    await page.keyboard.press('Escape');
    await expect(hooks.deleteDialog).toBeHidden();
    await expect(hooks.endpoints).toHaveCount(1);
    await hooks.action(receiver.url, 'Delete').click();
    await hooks.deleteDialog.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: `Webhook endpoint ${receiver.url} deleted.` })).toBeVisible();
    await expect(hooks.empty).toBeVisible();
    await page.reload();
    await expect(hooks.empty).toBeVisible();
    await secrets.expectNoSecretLeaks([old, secret]);
  });
});

test.describe('Webhooks (the server, as configured by default)', () => {
  test('an http:// address or a private one is refused on the field, and nothing typed is lost', async ({ page, pageLog, axe }) => {
    pageLog.allowConsoleErrors(/Failed to load resource: the server responded with a status of 422/);
    const hooks = new WebhooksPage(page);
    await hooks.goto();
    await hooks.addEndpoint('http://hooks.example.com/in', ['connection.deleted'], 'Audit');
    await expect(hooks.errorSummary).toBeFocused();
    const https = 'Use an https:// address: events carry your connections\' details and are not sent in clear.';
    await expect(hooks.errorSummary.getByRole('link', { name: https })).toBeVisible();
    await expect(hooks.url).toHaveAccessibleDescription(escaped(https));
    await axe('an http:// address refused');

    await hooks.url.fill('https://10.0.0.1/in');
    await hooks.add.click();
    await expect(hooks.url).toHaveAccessibleDescription(/This address leads to 10\.0\.0\.1, a private, loopback or link-local address/);
    await expect(hooks.errorSummary).toBeFocused();
    await expect(hooks.url).toHaveValue('https://10.0.0.1/in');
    await expect(hooks.event('connection.deleted')).toBeChecked();
    await expect(hooks.description).toHaveValue('Audit');
    await expect(hooks.secretNotice).toBeHidden();
    await expect(hooks.empty).toBeVisible();
  });
});
