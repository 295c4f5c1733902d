// @vitest-environment node
// Webhook endpoints: added, listed, changed, deleted; the secret shown once and rotated; events
// written with the change that causes them, signed, delivered, retried, logged.
import { afterEach, beforeEach, expect, it } from 'vitest';
import {
  apiErrorSchema,
  deliveryListSchema,
  deliveryQueuedSchema,
  webhookCreatedSchema,
  webhookListSchema,
  webhookSchema,
  webhookSecretPattern,
  type WebhookInput,
} from '../../src/features/connections/schema';
import { describeEachDatabase } from '../testing/databases';
import { startFakeBigCommerce, type FakeBigCommerce } from '../testing/fakeBigCommerce';
import { startProxyHarness, type ProxyHarness } from '../testing/proxyHarness';
import { startWebhookReceiver, type WebhookReceiver } from '../testing/webhookReceiver';

let bigcommerce: FakeBigCommerce;
let receiver: WebhookReceiver;
beforeEach(async () => {
  bigcommerce = await startFakeBigCommerce();
  receiver = await startWebhookReceiver();
});
afterEach(async () => {
  await receiver.close();
  await bigcommerce.close();
});

describeEachDatabase('webhooks', (database) => {
  let harness: ProxyHarness;
  beforeEach(async () => {
    harness = await startProxyHarness(database(), bigcommerce.url, { env: { WEBHOOKS_ALLOW_PRIVATE: 'true' }, webhookRetryDelaysMs: [50] });
  });
  afterEach(async () => {
    await harness.close();
  });
  const send = (method: string, path: string, body?: unknown) => harness.server.send(method, path, { cookie: harness.cookie, ...(body === undefined ? {} : { body }) });
  const add = async (input: WebhookInput) => {
    const response = await send('POST', '/api/webhooks', input);
    expect(response.status, await response.clone().text()).toBe(201);
    return webhookCreatedSchema.parse(await response.json());
  };
  const deliveries = async (id: string) => deliveryListSchema.parse(await (await send('GET', `/api/webhooks/${id}/deliveries`)).json()).deliveries;

  it('shows the secret once, lists endpoints without it, keeps it encrypted, and rotates it', async () => {
    const { webhook, secret } = await add({ url: receiver.url, events: ['connection.created', 'connection.created', 'connection.deleted'], description: ' Nightly sync ' });
    expect(secret).toMatch(webhookSecretPattern);
    expect(webhook).toMatchObject({ url: receiver.url, events: ['connection.created', 'connection.deleted'], description: 'Nightly sync', secretHint: `whsec_…${secret.slice(-4)}`, failingSince: null, disabledAt: null });
    const listed = await (await send('GET', '/api/webhooks')).text();
    expect(listed).not.toContain(secret.slice(6));
    expect(webhookListSchema.parse(JSON.parse(listed)).webhooks).toEqual([webhook]);
    expect(await database().rawContents()).not.toContain(secret.slice(6));

    const rotated = webhookCreatedSchema.parse(await (await send('POST', `/api/webhooks/${webhook.id}/rotate`)).json());
    expect(rotated.secret).not.toBe(secret);
    await send('POST', `/api/webhooks/${webhook.id}/test`);
    await expect.poll(() => receiver.received.length, { timeout: 5000 }).toBe(1);
    expect(() => receiver.verified(secret)).toThrow();
    expect(receiver.verified(rotated.secret).map((event) => event.type)).toEqual(['webhook.test']);
  });

  it('sends each event it asked for, signed, with the connection as the API shows it and never a secret', async () => {
    const { webhook, secret } = await add({ url: receiver.url, events: ['connection.created', 'connection.updated', 'connection.deleted'] });
    const id = await harness.saveTokenConnection('Shop');
    // Through the API too: a rename is an update, and its event carries no token.
    const renamed = await send('PUT', `/api/connections/${id}`, { name: 'Shop renamed', authType: 'token', accessToken: 'n3wT0kenOfTheShopAccount0123456', clientId: 'cl1entid', storeHash: 'x7kq2mfa9b' });
    expect(renamed.status).toBe(200);
    expect((await send('DELETE', `/api/connections/${id}`)).status).toBe(204);
    await expect.poll(() => receiver.received.length, { timeout: 5000 }).toBe(3);
    const events = receiver.verified(secret);
    expect(events.map((event) => [event.type, 'connection' in event.data ? event.data.connection.name : null])).toEqual([
      ['connection.created', 'Shop'],
      ['connection.updated', 'Shop renamed'],
      ['connection.deleted', 'Shop renamed'],
    ]);
    expect(receiver.received.map((entry) => entry.body).join('')).not.toContain('n3wT0kenOfTheShopAccount0123456');
    expect(new Set(receiver.received.map((entry) => entry.headers['webhook-id'])).size).toBe(3);
    expect((await deliveries(webhook.id)).map((delivery) => [delivery.type, delivery.state, delivery.attempts.length])).toEqual([
      ['connection.deleted', 'delivered', 1],
      ['connection.updated', 'delivered', 1],
      ['connection.created', 'delivered', 1],
    ]);
  });

  it('tries again after a failure and logs both attempts; Resend sends the same event as a new delivery', async () => {
    const { webhook, secret } = await add({ url: receiver.url, events: ['connection.created'] });
    receiver.answerWith(500);
    await harness.saveTokenConnection('Shop');
    await expect.poll(() => receiver.received.length, { timeout: 5000 }).toBe(2);
    const [delivery] = await deliveries(webhook.id);
    await expect.poll(async () => (await deliveries(webhook.id))[0]?.state, { timeout: 5000 }).toBe('delivered');
    const logged = (await deliveries(webhook.id))[0];
    expect(logged?.attempts.map((attempt) => [attempt.status, attempt.error === null])).toEqual([
      [500, false],
      [200, true],
    ]);
    expect(receiver.received[0]?.headers['webhook-id']).toBe(receiver.received[1]?.headers['webhook-id']);

    const resent = await send('POST', `/api/webhooks/${webhook.id}/deliveries/${delivery?.id}/resend`);
    expect(resent.status).toBe(202);
    const queued = deliveryQueuedSchema.parse(await resent.json()).delivery;
    expect(queued.id).not.toBe(delivery?.id);
    await expect.poll(() => receiver.received.length, { timeout: 5000 }).toBe(3);
    expect(receiver.verified(secret).map((event) => event.type)).toEqual(['connection.created', 'connection.created', 'connection.created']);
  });

  it('changes and deletes an endpoint; 404 for one that does not exist', async () => {
    const { webhook } = await add({ url: receiver.url, events: ['connection.created'] });
    const changed = await send('PUT', `/api/webhooks/${webhook.id}`, { url: `${receiver.url}/v2`, events: ['connection.status_changed'], description: 'Status only' });
    expect(webhookSchema.parse(await changed.json())).toMatchObject({ url: `${receiver.url}/v2`, events: ['connection.status_changed'], description: 'Status only' });
    expect((await send('DELETE', `/api/webhooks/${webhook.id}`)).status).toBe(204);
    for (const [method, path] of [
      ['DELETE', `/api/webhooks/${webhook.id}`],
      ['POST', `/api/webhooks/${webhook.id}/rotate`],
      ['POST', `/api/webhooks/${webhook.id}/test`],
      ['GET', `/api/webhooks/${webhook.id}/deliveries`],
    ] as const) {
      const response = await send(method, path);
      expect([method, path, response.status, apiErrorSchema.parse(await response.json()).error.code]).toEqual([method, path, 404, 'not_found']);
    }
  });

  it('refuses a bad body on its fields, and saves nothing', async () => {
    const response = await send('POST', '/api/webhooks', { url: 'ftp://hooks.example.com', events: [], description: 'x'.repeat(101) });
    expect(response.status).toBe(422);
    expect(apiErrorSchema.parse(await response.json()).error.fields.map((field) => field.path).sort()).toEqual(['description', 'events', 'url']);
    expect(webhookListSchema.parse(await (await send('GET', '/api/webhooks')).json()).webhooks).toEqual([]);
  });
});

describeEachDatabase('webhook endpoints without WEBHOOKS_ALLOW_PRIVATE', (database) => {
  let harness: ProxyHarness;
  beforeEach(async () => {
    harness = await startProxyHarness(database(), bigcommerce.url);
  });
  afterEach(async () => {
    await harness.close();
  });

  it.each([
    ['plain http', 'http://hooks.example.com/in', /https:\/\//],
    ['a private address', 'https://10.0.0.1/in', /10\.0\.0\.1.*private/],
    ['the cloud metadata address', 'https://169.254.169.254/latest', /169\.254\.169\.254/],
    ['a name that resolves to loopback', 'https://localhost:8443/in', /127\.0\.0\.1|::1/],
    ['an IPv4 address written as IPv6', 'https://[::ffff:127.0.0.1]/in', /private, loopback/],
  ])('refuses %s at save, on `url`', async (_what, url, message) => {
    const response = await harness.server.send('POST', '/api/webhooks', { cookie: harness.cookie, body: { url, events: ['connection.created'] } });
    const body = apiErrorSchema.parse(await response.json());
    expect([response.status, body.error.fields[0]?.path]).toEqual([422, 'url']);
    expect(body.error.fields[0]?.message).toMatch(message);
  });
});
