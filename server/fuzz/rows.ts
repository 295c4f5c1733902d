// The rows a route may change, read straight from the database the server uses (SQLite or
// PostgreSQL), and put back as they were between bodies.
import { sql, type Kysely } from 'kysely';

export type Rows = Readonly<Record<string, readonly Record<string, unknown>[]>>;

/**
 * Logs by design, written by failures too (a failed sign-in counts, a refused save is in the
 * activity), what changes record beside them (a status's history, the checks' schedule, the
 * webhooks' outbox), and the running servers' leases, which they renew on a clock of their own.
 */
const logTables = new Set(['activity', 'rate_events', 'status_history', 'connection_checks', 'webhook_deliveries', 'webhook_attempts', 'process_leases']);

/** SQLite's substring index of the connections and its shadow tables: triggers keep them, no route writes them. */
const searchIndex = 'connection_search';

/** Every table of the application's own but the logs and the search index (whatever later migrations add). */
export async function dataTables(kysely: Kysely<unknown>): Promise<string[]> {
  const tables = await kysely.introspection.getTables();
  return tables
    .map((table) => table.name)
    .filter((name) => !name.startsWith('kysely_') && !name.startsWith(searchIndex) && !logTables.has(name))
    .sort();
}

export async function readRows(kysely: Kysely<unknown>, tables: readonly string[]): Promise<Rows> {
  const read = async (table: string) => {
    const { rows } = await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(kysely);
    // No column order is promised: sort by the whole row.
    return rows.map((row) => ({ ...row })).sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
  };
  return Object.fromEntries(await Promise.all(tables.map(async (table) => [table, await read(table)] as const)));
}

/** Every table of `rows` as it was then; `extra` tables emptied (rate_events: no throttle carried over). */
export async function restoreRows(kysely: Kysely<unknown>, rows: Rows, extra: readonly string[] = []): Promise<void> {
  await kysely.transaction().execute(async (trx) => {
    for (const table of [...Object.keys(rows), ...extra]) await sql`delete from ${sql.table(table)}`.execute(trx);
    for (const [table, tableRows] of Object.entries(rows)) {
      if (tableRows.length > 0) await (trx as Kysely<Record<string, Record<string, unknown>>>).insertInto(table).values(tableRows.slice()).execute();
    }
  });
}

/** `rows` less the rows of `table` whose `key` column is `id`: what must be unchanged around one record. */
export function without(rows: Rows, table: string, key: string, id: unknown): Rows {
  return { ...rows, [table]: (rows[table] ?? []).filter((row) => row[key] !== id) };
}

/** The tables of `before` whose rows differ now: the ones to put back. */
export function changedSince(before: Rows, now: Rows): Rows {
  return Object.fromEntries(Object.entries(before).filter(([table, rows]) => JSON.stringify(rows) !== JSON.stringify(now[table])));
}
