import type { SelectQueryBuilder } from 'kysely';
import type { ServerDatabase } from '../db/openDatabase';

/** Records are stored whole as JSON; the database wrote them, so they are read back as they were. */
export function fromJson<T>(row: { readonly data: string }): T {
  return JSON.parse(row.data) as T;
}

/**
 * Locks the selected rows until the transaction ends, on PostgreSQL. SQLite has no row locks and
 * needs none: its transactions start by taking the database's write lock (openDatabase.ts).
 */
export function forUpdate<DB, TB extends keyof DB, O>(
  database: ServerDatabase,
  query: SelectQueryBuilder<DB, TB, O>,
): SelectQueryBuilder<DB, TB, O> {
  return database.dialect === 'postgres' ? query.forUpdate() : query;
}
