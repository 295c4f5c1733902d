import type { Kysely } from 'kysely';

// Issue 23: the list pages and searches from indexes, and the install flow finds a store's
// connections and an app's clients without reading every row. The values are copied out of the
// JSON `data` here, in JavaScript, so one migration serves both dialects; every write keeps them.

const batch = 500;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a migration sees the schema as it was then, not today's types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('connections').addColumn('store_hash', 'text', (col) => col.notNull().defaultTo('')).execute();
  await db.schema.alterTable('connections').addColumn('state', 'text', (col) => col.notNull().defaultTo('')).execute();
  await db.schema.alterTable('oauth_clients').addColumn('client_id', 'text', (col) => col.notNull().defaultTo('')).execute();

  await backfill(db, 'connections', (record) => ({ store_hash: String(record.storeHash), state: String((record.status as { state: unknown }).state) }));
  await backfill(db, 'oauth_clients', (record) => ({ client_id: String(record.clientId) }));

  await db.schema.createIndex('connections_updated_at_id').on('connections').columns(['updated_at', 'id']).execute();
  await db.schema.createIndex('connections_store_hash').on('connections').column('store_hash').execute();
  await db.schema.createIndex('connections_state_updated_at_id').on('connections').columns(['state', 'updated_at', 'id']).execute();
  await db.schema.createIndex('oauth_clients_client_id').on('oauth_clients').column('client_id').execute();
}

/** Sets `columns(record)` on every row of `table`, a batch of rows at a time (in id order). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- as above
async function backfill(db: Kysely<any>, table: string, columns: (record: Record<string, unknown>) => Record<string, string>): Promise<void> {
  let after = '';
  for (;;) {
    const rows: { id: string; data: string }[] = await db.selectFrom(table).select(['id', 'data']).where('id', '>', after).orderBy('id').limit(batch).execute();
    for (const row of rows) {
      await db.updateTable(table).set(columns(JSON.parse(row.data) as Record<string, unknown>)).where('id', '=', row.id).execute();
    }
    if (rows.length < batch) return;
    after = (rows.at(-1) as { id: string }).id;
  }
}
