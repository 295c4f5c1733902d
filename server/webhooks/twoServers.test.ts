// @vitest-environment node
// Two servers on one PostgreSQL: 200 changes made through both, every event delivered once and in
// order per connection; and each connection checked once per interval, not once per server.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { connectionSchema, webhookCreatedSchema } from '../../src/features/connections/schema';
import { createTestDatabase, postgresUnavailable } from '../testing/databases';
import { answerAsStore, startFakeBigCommerce, type FakeBigCommerce } from '../testing/fakeBigCommerce';
import type { DisposableTestDatabase } from '../testing/handles';
import { startProxyHarness, type ProxyHarness } from '../testing/proxyHarness';
import { startWebhookReceiver, type WebhookReceiver } from '../testing/webhookReceiver';

const CONNECTIONS = 20;
const CHANGES_EACH = 10;
const tokenOf = (index: number) => `t0ken${String(index).padStart(2, '0')}AbCdEfGhIjKlMnOpQrStUvWx`;

describe.skipIf(postgresUnavailable !== undefined)('two servers on one PostgreSQL', () => {
  let database: DisposableTestDatabase;
  let bigcommerce: FakeBigCommerce;
  let receiver: WebhookReceiver;
  let servers: [ProxyHarness, ProxyHarness];
  beforeEach(async () => {
    database = await createTestDatabase('postgres');
    // A store that answers every check, counting them by token, with quota to spare.
    bigcommerce = await startFakeBigCommerce(answerAsStore);
    receiver = await startWebhookReceiver();
    const options = { env: { WEBHOOKS_ALLOW_PRIVATE: 'true', CHECK_INTERVAL: '10s' } };
    servers = [await startProxyHarness(database, bigcommerce.url, options), await startProxyHarness(database, bigcommerce.url, options)];
  });
  afterEach(async () => {
    for (const server of servers) await server.close();
    await receiver.close();
    await bigcommerce.close();
    await database.dispose();
  });

  it('delivers each of 200 changes once, in order per connection, whichever server made it', { timeout: 120_000 }, async () => {
    const [first] = servers;
    const { secret } = webhookCreatedSchema.parse(await (await first.server.send('POST', '/api/webhooks', { cookie: first.cookie, body: { url: receiver.url, events: ['connection.created', 'connection.updated'] } })).json());
    const body = (index: number, change: number) => ({ name: `Shop ${index} change ${change}`, authType: 'token', accessToken: tokenOf(index), clientId: 'cl1entid', storeHash: 'x7kq2mfa9b' });
    await Promise.all(
      Array.from({ length: CONNECTIONS }, async (_, index) => {
        const on = (turn: number) => servers[turn % 2] as ProxyHarness;
        const created = await on(index).server.send('POST', '/api/connections', { cookie: on(index).cookie, body: body(index, 0) });
        const { id } = connectionSchema.parse(await created.json());
        for (let change = 1; change < CHANGES_EACH; change += 1) {
          const server = on(index + change);
          expect((await server.server.send('PUT', `/api/connections/${id}`, { cookie: server.cookie, body: body(index, change) })).status).toBe(200);
        }
      }),
    );
    await expect.poll(() => receiver.received.length, { timeout: 60_000, interval: 250 }).toBeGreaterThanOrEqual(CONNECTIONS * CHANGES_EACH);
    const events = receiver.verified(secret);
    const ids = receiver.received.map((entry) => entry.headers['webhook-id']);
    expect(new Set(ids).size, 'no event twice').toBe(ids.length);
    expect(events).toHaveLength(CONNECTIONS * CHANGES_EACH);
    const byConnection = new Map<string, number[]>();
    for (const event of events) {
      if (!('connection' in event.data)) throw new Error('a test event');
      const change = Number(/change (\d+)$/.exec(event.data.connection.name)?.[1]);
      byConnection.set(event.data.connection.id, [...(byConnection.get(event.data.connection.id) ?? []), change]);
    }
    expect(byConnection.size).toBe(CONNECTIONS);
    for (const changes of byConnection.values()) expect(changes).toEqual(Array.from({ length: CHANGES_EACH }, (_, change) => change));
  });

  it('checks each connection once per interval between them, not once per server', { timeout: 120_000 }, async () => {
    const [first] = servers;
    for (let index = 0; index < CONNECTIONS; index += 1) await first.saveTokenConnection(`Shop ${index}`, { accessToken: tokenOf(index) });
    const started = Date.now();
    const checksOf = () => {
      const counts = new Map<string, number>();
      for (const request of bigcommerce.requests) {
        if (!request.url.endsWith('/v2/store')) continue;
        const token = String(request.headers['x-auth-token']);
        counts.set(token, (counts.get(token) ?? 0) + 1);
      }
      return counts;
    };
    // The first round is spread over one interval; then two more.
    await expect.poll(() => [...checksOf().values()].filter((count) => count >= 3).length, { timeout: 60_000, interval: 500 }).toBe(CONNECTIONS);
    const elapsedMs = Date.now() - started;
    // Once per interval (10 s ± 10 %) from a start within the first one: never more.
    const most = Math.floor(elapsedMs / 9_000) + 1;
    for (const [token, count] of checksOf()) expect(count, token).toBeLessThanOrEqual(most);
  });
});
