import { sql } from 'kysely';
import { confirms, observe, reserve, reserveBackground, unknownBudget, type BudgetState } from '../../core/proxy/budgetRules';
import type { StoreBudget } from '../../core/proxy/budget';
import type { ServerDatabase } from '../db/openDatabase';
import type { StoreBudgetsTable } from '../db/tables';
import { forUpdate } from '../storage/rows';

const stateOf = (row: StoreBudgetsTable): BudgetState => ({
  quota: row.quota,
  windowMs: row.window_ms,
  left: row.requests_left,
  windowEndsAt: Number(row.window_ends_at),
  windowSeen: row.window_seen === 1,
  probeUntil: Number(row.probe_until),
  backgroundUsed: row.background_used,
});

const columnsOf = (state: BudgetState) => ({
  quota: state.quota,
  window_ms: state.windowMs,
  requests_left: state.left,
  window_ends_at: state.windowEndsAt,
  window_seen: state.windowSeen ? 1 : 0,
  probe_until: state.probeUntil,
  background_used: state.backgroundUsed,
});

const same = (a: BudgetState, b: BudgetState) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The budget in the database, shared by every server on it (docs/decisions/proxy-quota.md): a row
 * per store, read and written in one transaction with the row locked, at the database's clock so
 * that servers whose clocks differ agree. An answer that only confirms the budget writes nothing.
 */
export function sharedBudget(database: ServerDatabase): StoreBudget {
  const db = database.kysely;
  const lastSeen = new Map<string, { state: BudgetState; clockOffset: number }>();
  const clock =
    database.dialect === 'postgres'
      ? sql<number>`(extract(epoch from clock_timestamp()) * 1000)::bigint`
      : sql<number>`cast((julianday('now') - 2440587.5) * 86400000 as integer)`;

  async function change<T>(storeHash: string, step: (state: BudgetState, now: number) => { state: BudgetState; result: T }): Promise<T> {
    return db.transaction().execute(async (trx) => {
      const select = () => forUpdate(database, trx.selectFrom('store_budgets').selectAll().select(clock.as('now')).where('store_hash', '=', storeHash)).executeTakeFirst();
      let row = await select();
      if (!row) {
        await trx.insertInto('store_budgets').values({ store_hash: storeHash, ...columnsOf(unknownBudget) }).onConflict((oc) => oc.column('store_hash').doNothing()).execute();
        row = await select();
      }
      if (!row) throw new Error(`The budget of store ${storeHash} could not be read.`);
      const before = stateOf(row);
      const now = Number(row.now);
      const { state, result } = step(before, now);
      if (!same(before, state)) await trx.updateTable('store_budgets').set(columnsOf(state)).where('store_hash', '=', storeHash).execute();
      // With how far this server's clock is from the database's, to compare later answers with it.
      lastSeen.set(storeHash, { state, clockOffset: Date.now() - now });
      return result;
    });
  }

  return {
    reserve: (storeHash) =>
      change(storeHash, (state, now) => {
        const step = reserve(state, now);
        return { state: step.state, result: step.reservation };
      }),
    reserveBackground: (storeHash, count) =>
      change(storeHash, (state, now) => {
        const step = reserveBackground(state, now, count);
        return { state: step.state, result: step.reservation };
      }),
    async observe(storeHash, observation) {
      const known = lastSeen.get(storeHash);
      if (known && confirms(known.state, Date.now() - known.clockOffset, observation)) return;
      await change(storeHash, (state, now) => ({ state: observe(state, now, observation), result: undefined }));
    },
  };
}
