import { PostgresAdapter, type Kysely } from 'kysely';

// Issue 22: background checks, each connection's status history, and webhooks with their outbox.

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a migration sees the schema as it was then, not today's types
export async function up(db: Kysely<any>): Promise<void> {
  // When each connection is checked next, by whom (a lease, so a server that dies mid-check frees
  // it), and how many checks in a row failed (they back off).
  await db.schema
    .createTable('connection_checks')
    .addColumn('connection_id', 'text', (col) => col.primaryKey())
    .addColumn('next_check_at', 'bigint', (col) => col.notNull())
    .addColumn('lease_until', 'bigint')
    .addColumn('failures', 'integer', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('connection_checks_next_check_at').on('connection_checks').column('next_check_at').execute();

  // What the background checks took of a store's window: at most 20 % (docs/decisions/proxy-quota.md).
  await db.schema.alterTable('store_budgets').addColumn('background_used', 'integer', (col) => col.notNull().defaultTo(0)).execute();

  // Ids sort by time, as the activity log's do: newest first is `order by id desc`.
  await db.schema
    .createTable('status_history')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('connection_id', 'text', (col) => col.notNull())
    .addColumn('at', 'bigint', (col) => col.notNull())
    .addColumn('data', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('status_history_connection_id').on('status_history').columns(['connection_id', 'id']).execute();
  await db.schema.createIndex('status_history_at').on('status_history').column('at').execute();

  await db.schema
    .createTable('webhook_endpoints')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('disabled_at', 'bigint')
    .addColumn('failing_since', 'bigint')
    .addColumn('data', 'text', (col) => col.notNull())
    .execute();

  // The outbox: one row per event and endpoint, written in the transaction of the change. `seq`
  // numbers the rows in the order they were written: a connection's changes are serialised by its
  // row's lock, so its events are numbered in the order they happened.
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  await db.schema
    .createTable('webhook_deliveries')
    .addColumn('seq', postgres ? 'bigserial' : 'integer', (col) => (postgres ? col.primaryKey() : col.primaryKey().autoIncrement()))
    .addColumn('id', 'text', (col) => col.notNull().unique())
    .addColumn('endpoint_id', 'text', (col) => col.notNull())
    .addColumn('connection_id', 'text')
    .addColumn('type', 'text', (col) => col.notNull())
    .addColumn('body', 'text', (col) => col.notNull())
    .addColumn('created_at', 'bigint', (col) => col.notNull())
    .addColumn('state', 'text', (col) => col.notNull())
    .addColumn('attempts', 'integer', (col) => col.notNull())
    .addColumn('next_attempt_at', 'bigint')
    .addColumn('lease_until', 'bigint')
    .execute();
  await db.schema.createIndex('webhook_deliveries_due').on('webhook_deliveries').columns(['state', 'next_attempt_at']).execute();
  await db.schema.createIndex('webhook_deliveries_order').on('webhook_deliveries').columns(['endpoint_id', 'connection_id', 'seq']).execute();

  await db.schema
    .createTable('webhook_attempts')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('delivery_id', 'text', (col) => col.notNull())
    .addColumn('at', 'bigint', (col) => col.notNull())
    .addColumn('data', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('webhook_attempts_delivery_id').on('webhook_attempts').columns(['delivery_id', 'at']).execute();
}
