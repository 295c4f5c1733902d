// @vitest-environment node
// A connection's status history: GET /api/connections/:id/history shows the last 30 days, and the
// background checks prune rows older than 31 days.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { statusHistorySchema, type StatusChange } from '../../src/features/connections/schema';
import { describeEachDatabase } from '../testing/databases';
import { startFakeBigCommerce, type FakeBigCommerce } from '../testing/fakeBigCommerce';
import { startProxyHarness, type ProxyHarness } from '../testing/proxyHarness';

const DAY = 24 * 3_600_000;
const HOUR = 3_600_000;

describeEachDatabase('the status history’s window', (database) => {
  let bigcommerce: FakeBigCommerce;
  let harness: ProxyHarness;
  beforeEach(async () => {
    bigcommerce = await startFakeBigCommerce();
    harness = await startProxyHarness(database(), bigcommerce.url);
  });
  afterEach(async () => {
    await harness.close();
    await bigcommerce.close();
  });

  it('shows the last 30 days, and keeps no row older than 31 days', { timeout: 30_000 }, async () => {
    const id = await harness.saveTokenConnection('Shop');
    const db = database().connect().kysely;
    /** A change recorded `ageMs` ago (an id of that time, as the recorder makes them: they sort by it). */
    const recordedAgo = async (ageMs: number) => {
      const at = Date.now() - ageMs;
      const change: StatusChange = { id: `${at.toString(16).padStart(12, '0')}-000000-${ageMs.toString(16)}`, at: new Date(at).toISOString(), from: { state: 'online' }, to: { state: 'offline', code: 'unauthorized' }, reason: null, source: 'check' };
      await db.insertInto('status_history').values({ id: change.id, connection_id: id, at, data: JSON.stringify(change) }).execute();
      return change.id;
    };
    const withinThirty = await recordedAgo(30 * DAY - HOUR);
    const pastThirty = await recordedAgo(30 * DAY + HOUR);
    const pastThirtyOne = await recordedAgo(31 * DAY + HOUR);

    const { changes } = statusHistorySchema.parse(await (await harness.server.send('GET', `/api/connections/${id}/history`, { cookie: harness.cookie })).json());
    expect(changes.map((change) => change.id).slice(1)).toEqual([withinThirty]);
    expect(changes[0]).toMatchObject({ from: null, to: { state: 'untested' }, source: 'save' });

    // The checks' next round (about a second) prunes what is past 31 days, and that only.
    const kept = async () => (await db.selectFrom('status_history').select('id').where('connection_id', '=', id).execute()).map((row) => row.id).sort();
    await expect.poll(async () => (await kept()).includes(pastThirtyOne), { timeout: 10_000, interval: 200 }).toBe(false);
    expect(await kept()).toEqual(expect.arrayContaining([withinThirty, pastThirty]));
    expect(await kept()).toHaveLength(3);
  });
});
