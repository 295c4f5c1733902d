import type { Kysely } from 'kysely';

// Faults (issue 23): each running server, and a running rotate-key, holds a lease row, so that
// rotate-key refuses while a server runs and a server refuses while rotate-key runs.

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a migration sees the schema as it was then, not today's types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('process_leases')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('host', 'text', (col) => col.notNull())
    .addColumn('pid', 'integer', (col) => col.notNull())
    .addColumn('started_at', 'bigint', (col) => col.notNull())
    .addColumn('expires_at', 'bigint', (col) => col.notNull())
    .execute();
}

