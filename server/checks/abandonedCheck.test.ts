// @vitest-environment node
// Two servers on one database: the first claims a connection's check and never finishes it (its
// BigCommerce call hangs, as in a server killed mid-check). Its lease runs out, and the other
// server checks the connection: a server that dies mid-check does not stop the checks.
import type { ServerResponse } from 'node:http';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { DEFAULT_BIGCOMMERCE_TIMEOUT_MS } from '../../core/bigcommerce/client';
import { connectionSchema, statusHistorySchema } from '../../src/features/connections/schema';
import { describeEachDatabase } from '../testing/databases';
import { answerAsStore, startFakeBigCommerce, type FakeBigCommerce } from '../testing/fakeBigCommerce';
import { startProxyHarness, type ProxyHarness } from '../testing/proxyHarness';
import { shiftedClock } from '../testing/shiftedClock';
import { checkLeaseMs } from './checker';

const INTERVAL_MS = 10_000;

describeEachDatabase('a server that stops mid-check', (database) => {
  let bigcommerce: FakeBigCommerce;
  const servers: ProxyHarness[] = [];
  const unanswered: ServerResponse[] = [];
  const clock = shiftedClock();
  beforeEach(async () => {
    // Every call is held unanswered until the test lets BigCommerce answer.
    bigcommerce = await startFakeBigCommerce((_request, response) => void unanswered.push(response));
  });
  afterEach(async () => {
    // Closing BigCommerce first ends the held call, so the stuck server can stop.
    await bigcommerce.close();
    for (const server of servers.splice(0)) await server.close();
  });
  const start = async () => {
    const server = await startProxyHarness(database(), bigcommerce.url, { env: { CHECK_INTERVAL: '10s' }, backgroundNow: clock.now });
    servers.push(server);
    return server;
  };
  const storeCalls = () => bigcommerce.requests.filter((request) => request.url.endsWith('/v2/store')).length;

  it('leaves the connection to another server once its lease runs out', { timeout: 60_000 }, async () => {
    const stuck = await start();
    const id = await stuck.saveTokenConnection('Shop');
    // Adopted, its first check falls within the next interval.
    const adopted = async () => (await database().connect().kysely.selectFrom('connection_checks').select('connection_id').execute()).length;
    await expect.poll(adopted, { timeout: 5_000, interval: 100 }).toBe(1);
    clock.advance(INTERVAL_MS);
    await expect.poll(storeCalls, { timeout: 10_000, interval: 100 }).toBe(1);

    const other = await start();
    bigcommerce.answer(answerAsStore);
    clock.advance(checkLeaseMs(DEFAULT_BIGCOMMERCE_TIMEOUT_MS));
    const statusOf = async () => connectionSchema.parse(await (await other.server.send('GET', `/api/connections/${id}`, { cookie: other.cookie })).json()).status.state;
    await expect.poll(statusOf, { timeout: 10_000, interval: 100 }).toBe('online');
    // The stuck server's call is still unanswered: the other server made the check.
    expect([storeCalls(), unanswered.filter((response) => !response.writableEnded).length]).toEqual([2, 1]);
    const { changes } = statusHistorySchema.parse(await (await other.server.send('GET', `/api/connections/${id}/history`, { cookie: other.cookie })).json());
    expect(changes[0]).toMatchObject({ from: { state: 'untested' }, to: { state: 'online' }, source: 'check' });
  });
});
