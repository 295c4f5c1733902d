import { sql } from 'kysely';
import type { BigCommerceClient } from '../../core/bigcommerce/client';
import { recordTestResult, testSavedConnection } from '../../core/connections/checks';
import type { BackendDeps } from '../../core/deps';
import type { StoredConnection } from '../../core/ports';
import type { StoreBudget } from '../../core/proxy/budget';
import { observationOf } from '../../core/proxy/budgetRules';
import type { StoreGate } from '../../core/proxy/storeGate';
import type { ServerDatabase } from '../db/openDatabase';
import type { Logger } from '../log';
import { nextCheckDelay } from './schedule';

/** A check takes two calls: the store's details and the catalog's summary (the connection test). */
const CALLS_PER_CHECK = 2;
const BATCH = 20;
const HISTORY_KEPT_MS = 31 * 24 * 3_600_000;
const LEASE_MARGIN_MS = 5_000;

/**
 * How long a claimed connection is left to the server that claimed it: the longest a check can take
 * (its calls one after the other, each at most BigCommerce's time limit) and a margin. No longer,
 * whatever CHECK_INTERVAL: a server that dies mid-check delays that connection's check by this much.
 */
export const checkLeaseMs = (callTimeoutMs: number) => CALLS_PER_CHECK * callTimeoutMs + LEASE_MARGIN_MS;

export interface CheckerOptions {
  readonly database: ServerDatabase;
  readonly deps: BackendDeps;
  readonly budget: StoreBudget;
  readonly gate: StoreGate;
  readonly intervalMs: number;
  readonly log: Logger;
  readonly now?: () => number;
}

/** A connection with no token to check: uninstalled, or OAuth 2.0 not authorized yet. */
function checkable(record: StoredConnection): boolean {
  if (record.status.state === 'revoked') return false;
  return record.authType !== 'oauth2' || record.authorization !== undefined;
}

/** The store's API through the budget's eyes: every answer a check gets teaches it, as a proxied call's does. */
function observedBy(client: BigCommerceClient, budget: StoreBudget, storeHash: string): BigCommerceClient {
  return {
    ...client,
    async call(url, init, signal) {
      const outcome = await client.call(url, init, signal);
      const observation = outcome.kind === 'response' ? observationOf(outcome.response.status, outcome.response.headers) : ({ kind: 'silent' } as const);
      await budget.observe(storeHash, observation).catch(() => undefined);
      return outcome;
    },
  };
}

/**
 * The background checks (docs/decisions/checks.md): every connection is checked once per
 * CHECK_INTERVAL, by whichever server claims it first (a lease in `connection_checks`, taken with
 * FOR UPDATE SKIP LOCKED on PostgreSQL), with the same calls and reading as "Test connection";
 * what it finds goes through the one place every status change goes through.
 */
export function createChecker(options: CheckerOptions) {
  const { database, deps, budget, gate, intervalMs, log } = options;
  const db = database.kysely;
  const now = options.now ?? Date.now;
  const leaseMs = checkLeaseMs(deps.bigcommerce.timeoutMs());
  const tickMs = Math.min(1000, Math.max(100, intervalMs / 20));
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let stopped = false;

  /** New connections join the round at a random point of the next interval: never all at once. */
  async function adopt(at: number): Promise<void> {
    const missing = await db
      .selectFrom('connections')
      .select('id')
      .where(({ not, exists, selectFrom }) => not(exists(selectFrom('connection_checks').select('connection_id').whereRef('connection_checks.connection_id', '=', 'connections.id'))))
      .limit(1000)
      .execute();
    if (missing.length === 0) return;
    await db
      .insertInto('connection_checks')
      .values(missing.map(({ id }) => ({ connection_id: id, next_check_at: at + Math.floor(Math.random() * intervalMs), lease_until: null, failures: 0 })))
      .onConflict((oc) => oc.column('connection_id').doNothing())
      .execute();
  }

  async function claim(at: number): Promise<{ connection_id: string; failures: number }[]> {
    const skipLocked = database.dialect === 'postgres' ? sql`for update skip locked` : sql``;
    const { rows } = await sql<{ connection_id: string; failures: number }>`
      update connection_checks set lease_until = ${at + leaseMs}, next_check_at = ${at + leaseMs}
      where connection_id in (
        select connection_id from connection_checks
        where next_check_at <= ${at} and (lease_until is null or lease_until < ${at})
        order by next_check_at limit ${BATCH} ${skipLocked})
      returning connection_id, failures`.execute(db);
    return rows;
  }

  const reschedule = (connectionId: string, nextAt: number, failures: number) =>
    db.updateTable('connection_checks').set({ next_check_at: nextAt, lease_until: null, failures }).where('connection_id', '=', connectionId).execute();

  async function check(connectionId: string, failures: number): Promise<void> {
    const record = await deps.connections.find(connectionId);
    if (!record) {
      await db.deleteFrom('connection_checks').where('connection_id', '=', connectionId).execute();
      return;
    }
    if (!checkable(record)) return void (await reschedule(connectionId, now() + intervalMs, 0));
    // Callers first: a check never takes a waiting caller's place, nor more than a fifth of a window.
    const reservation = gate.waiting(record.storeHash) > 0 ? { granted: false as const, waitMs: 1000 } : await budget.reserveBackground(record.storeHash, CALLS_PER_CHECK);
    if (!reservation.granted) return void (await reschedule(connectionId, now() + reservation.waitMs + Math.floor(Math.random() * 1000), failures));
    const outcome = await testSavedConnection({ ...deps, bigcommerce: observedBy(deps.bigcommerce, budget, record.storeHash) }, record, new AbortController().signal);
    if (outcome === 'cancelled') return void (await reschedule(connectionId, now(), failures));
    await recordTestResult(deps, record, outcome, 'check');
    const failed = !outcome.ok && outcome.reason !== 'rate_limited';
    const nextFailures = failed ? failures + 1 : 0;
    await reschedule(connectionId, now() + nextCheckDelay(intervalMs, nextFailures), nextFailures);
  }

  async function round(): Promise<void> {
    const at = now();
    await adopt(at);
    const claimed = await claim(at);
    await Promise.all(
      claimed.map(({ connection_id, failures }) =>
        check(connection_id, failures).catch((error: unknown) => log.warn('check_failed', { connection_id, error_message: error instanceof Error ? error.message : String(error) })),
      ),
    );
    await db.deleteFrom('status_history').where('at', '<', at - HISTORY_KEPT_MS).execute();
  }

  function schedule(): void {
    if (stopped) return;
    timer = setTimeout(() => {
      running = round()
        .catch((error: unknown) => log.warn('check_round_failed', { error_message: error instanceof Error ? error.message : String(error) }))
        .finally(() => {
          running = undefined;
          schedule();
        });
    }, tickMs);
    timer.unref();
  }

  return {
    start: schedule,
    async stop(): Promise<void> {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
export type Checker = ReturnType<typeof createChecker>;
