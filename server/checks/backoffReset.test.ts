// @vitest-environment node
// A connection whose checks backed off (failing for a day: checked hourly) that works again, by
// Check now or by a proxied call, or authorized again, is checked on its interval again, not an
// hour later.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { connectionSchema } from '../../src/features/connections/schema';
import { describeEachDatabase } from '../testing/databases';
import { answerAsStore, startFakeBigCommerce, type FakeBigCommerce } from '../testing/fakeBigCommerce';
import { startProxyHarness, type ProxyHarness } from '../testing/proxyHarness';
import { testClock } from '../testing/signInServer';
import { LONGEST_BACKOFF_MS } from './schedule';

const INTERVAL_MS = 10_000;

describeEachDatabase('a connection that works again after its checks backed off', (database) => {
  let bigcommerce: FakeBigCommerce;
  let harness: ProxyHarness;
  beforeEach(async () => {
    bigcommerce = await startFakeBigCommerce(answerAsStore);
    // The checks' clock stands still, in the past: they adopt the connection and never check it, so
    // only what the test does changes it.
    harness = await startProxyHarness(database(), bigcommerce.url, { env: { CHECK_INTERVAL: '10s' }, backgroundNow: testClock().now });
  });
  afterEach(async () => {
    await harness.close();
    await bigcommerce.close();
  });
  const checkRow = async (id: string) => database().connect().kysely.selectFrom('connection_checks').select(['failures', 'next_check_at']).where('connection_id', '=', id).executeTakeFirst();

  /** A saved connection, offline and checked last with its ninth failure in a row: next check an hour away. */
  async function failingForADay(): Promise<string> {
    const id = await harness.saveTokenConnection('Shop');
    await expect.poll(() => checkRow(id), { timeout: 5_000, interval: 100 }).toBeDefined();
    const { deps } = harness.server.running;
    const record = await deps.connections.find(id);
    await deps.connections.updateChecked(id, record?.updatedAt ?? '', (current) => ({ ...current, status: { state: 'offline', code: 'unauthorized', reason: 'Revoked.' } }), 'check');
    await database().connect().kysely.updateTable('connection_checks').set({ failures: 9, next_check_at: Date.now() + LONGEST_BACKOFF_MS }).where('connection_id', '=', id).execute();
    return id;
  }

  it.each([
    ['Check now finds it working', 'online', async (id: string) => void (await harness.server.send('POST', `/api/connections/${id}/test`, { cookie: harness.cookie }))],
    [
      'a proxied call finds it working',
      'online',
      async (id: string) => {
        const { secret } = await harness.createKey({ name: 'Sync', connections: [id], access: 'read' });
        expect((await harness.proxy(secret, `${id}/v3/catalog/products`)).status).toBe(200);
      },
    ],
    [
      'an authorization gives it a new token',
      'authorized',
      async (id: string) => {
        const { deps } = harness.server.running;
        const record = await deps.connections.find(id);
        await deps.connections.updateChecked(id, record?.updatedAt ?? '', (current) => ({ ...current, status: { state: 'authorized' } }), 'authorization');
      },
    ],
  ])('forgets the failures when %s', async (_source, state, worksAgain) => {
    const id = await failingForADay();
    await worksAgain(id);
    const status = connectionSchema.parse(await (await harness.server.send('GET', `/api/connections/${id}`, { cookie: harness.cookie })).json()).status;
    expect(status.state).toBe(state);
    const row = await checkRow(id);
    expect(Number(row?.failures)).toBe(0);
    // One interval (±10 %) from now.
    expect(Number(row?.next_check_at) - Date.now()).toBeLessThanOrEqual(1.1 * INTERVAL_MS);
  });
});
