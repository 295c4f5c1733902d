import { randomUUID } from 'node:crypto';
import os from 'node:os';
import { sql } from 'kysely';
import type { ServerDatabase } from './db/openDatabase';
import type { ProcessLeasesTable } from './db/tables';
import type { Log } from './log';
import { StartupError } from './startupError';

// A running server and a running rotate-key must never overlap: a server holding the old key
// would write secrets the new key cannot read, and one starting mid-rotation would undo the new
// key file. Each holds a lease row, renewed while it runs and deleted when it stops; a process
// killed outright leaves a row that stops counting when it expires.

export const LEASE_RENEW_MS = 10_000;
export const LEASE_TTL_MS = 30_000;

export type LeaseKind = ProcessLeasesTable['kind'];

export interface ProcessLease {
  readonly id: string;
  /** Stops renewing and deletes the row. */
  release(): Promise<void>;
}

/** The lease kinds that a claim of `kind` cannot coexist with. */
const conflicting: Record<LeaseKind, readonly LeaseKind[]> = { server: ['rotation'], rotation: ['server', 'rotation'] };

/**
 * Claims a lease of `kind`, or throws a StartupError naming the process in the way. The check and
 * the insert are one transaction that no other claim interleaves with (SQLite's write lock taken
 * at `begin`; an exclusive table lock on PostgreSQL).
 */
export async function claimLease(
  database: ServerDatabase,
  kind: LeaseKind,
  log: Log,
  { now = Date.now, renewMs = LEASE_RENEW_MS }: { readonly now?: () => number; readonly renewMs?: number } = {},
): Promise<ProcessLease> {
  const id = randomUUID();
  const startedAt = now();
  await database.kysely.transaction().execute(async (trx) => {
    if (database.dialect === 'postgres') await sql`lock table process_leases in exclusive mode`.execute(trx);
    await trx.deleteFrom('process_leases').where('expires_at', '<', startedAt).execute();
    const holder = await trx.selectFrom('process_leases').selectAll().where('kind', 'in', conflicting[kind]).orderBy('started_at').executeTakeFirst();
    if (holder) throw new StartupError(refusal(kind, holder));
    await trx
      .insertInto('process_leases')
      .values({ id, kind, host: os.hostname(), pid: process.pid, started_at: startedAt, expires_at: startedAt + LEASE_TTL_MS })
      .execute();
  });
  const row = { id, kind, host: os.hostname(), pid: process.pid, started_at: startedAt };
  // While the database is away a renewal fails; the next one puts the row back.
  const renew = async () => {
    const at = now();
    const updated = await database.kysely.updateTable('process_leases').set({ expires_at: at + LEASE_TTL_MS }).where('id', '=', id).executeTakeFirst();
    if (updated.numUpdatedRows === 0n) await database.kysely.insertInto('process_leases').values({ ...row, expires_at: at + LEASE_TTL_MS }).execute();
  };
  const timer = setInterval(() => {
    renew().catch((error: unknown) => log.warn(`Could not renew this process's lease (${error instanceof Error ? error.message : String(error)}); trying again in ${renewMs / 1000} s.`));
  }, renewMs);
  timer.unref();
  return {
    id,
    async release() {
      clearInterval(timer);
      await database.kysely.deleteFrom('process_leases').where('id', '=', id).execute();
    },
  };
}

function whereItRuns(holder: ProcessLeasesTable): string {
  return `on host ${holder.host} (pid ${holder.pid}, started ${new Date(holder.started_at).toISOString()})`;
}

function refusal(kind: LeaseKind, holder: ProcessLeasesTable): string {
  const expiry = `Its claim lapses ${LEASE_TTL_MS / 1000} s after it last renewed it, if it was killed.`;
  if (kind === 'server') {
    return `The server refuses to start: rotate-key is running ${whereItRuns(holder)}. Start the server again once it has finished. ${expiry}`;
  }
  const what = holder.kind === 'server' ? 'a server is running' : 'another rotate-key is running';
  return `rotate-key refused: ${what} ${whereItRuns(holder)}. Stop every server first, then run rotate-key again. ${expiry}`;
}
