// @vitest-environment node
// A server killed with SIGKILL right after a change: the event was written with the change, so
// after the restart it is delivered.
import { afterEach, expect, it } from 'vitest';
import { connectionSchema, deliveryListSchema, webhookCreatedSchema } from '../../src/features/connections/schema';
import { describeEachDatabase } from '../testing/databases';
import { startFakeBigCommerce, type FakeBigCommerce } from '../testing/fakeBigCommerce';
import { signIn, type SignedInHeaders } from '../testing/owner';
import { startServerChild, type ServerChild } from '../testing/serverChild';
import { startWebhookReceiver, type WebhookReceiver } from '../testing/webhookReceiver';

describeEachDatabase('a server killed right after a change', (database) => {
  const stops: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const stop of stops.splice(0).reverse()) await stop();
  });

  it('delivers the change’s event after its restart', { timeout: 150_000 }, async () => {
    const bigcommerce: FakeBigCommerce = await startFakeBigCommerce();
    const receiver: WebhookReceiver = await startWebhookReceiver();
    stops.push(() => bigcommerce.close(), () => receiver.close());
    const env = { BIGCOMMERCE_API_URL: bigcommerce.url, BIGCOMMERCE_LOGIN_URL: bigcommerce.url, WEBHOOKS_ALLOW_PRIVATE: 'true' };
    const first: ServerChild = await startServerChild(database(), env);
    stops.push(() => first.stop('SIGKILL'));
    const port = Number(new URL(first.url).port);
    const signedIn: SignedInHeaders = await signIn(first.url, first.url);
    const post = (url: string, path: string, body: unknown) => fetch(`${url}${path}`, { method: 'POST', headers: { ...signedIn, 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    const { webhook, secret } = webhookCreatedSchema.parse(await (await post(first.url, '/api/webhooks', { url: receiver.url, events: ['connection.created'] })).json());
    // The first attempt, if it starts before the kill, gets no answer at all: it is still in flight
    // when the server dies, and its lease runs out after the restart.
    receiver.answerWith(0);

    const saved = await post(first.url, '/api/connections', { name: 'Made just before the crash', authType: 'token', accessToken: 'q4w8e2r6t0y3u7i1o5p9a2s6d0f4g8h', clientId: 'cl1entid', storeHash: 'x7kq2mfa9b' });
    await first.stop('SIGKILL');
    expect(saved.status).toBe(201);
    const { id } = connectionSchema.parse(await saved.json());

    const second = await startServerChild(database(), env, port);
    stops.push(() => second.stop('SIGTERM'));
    await expect.poll(() => receiver.received.filter((entry) => entry.event.type === 'connection.created').length, { timeout: 60_000, interval: 250 }).toBeGreaterThanOrEqual(1);
    const deliveries = async () => deliveryListSchema.parse(await (await fetch(`${second.url}/api/webhooks/${webhook.id}/deliveries`, { headers: signedIn })).json()).deliveries;
    await expect.poll(async () => (await deliveries())[0]?.state, { timeout: 60_000, interval: 500 }).toBe('delivered');
    const events = receiver.verified(secret);
    expect(events.every((event) => event.type === 'connection.created' && 'connection' in event.data && event.data.connection.id === id)).toBe(true);
  });
});
