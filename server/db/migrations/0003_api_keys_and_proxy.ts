import type { Kysely } from 'kysely';
import { uniqueIndexName } from '../uniqueViolation';

// Issue 21: API keys, each store's shared quota budget, and the proxy's usage counts.

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a migration sees the schema as it was then, not today's types
export async function up(db: Kysely<any>): Promise<void> {
  // Only the SHA-256 of a key's secret is kept; a key is found by it. Revoking deletes the row.
  await db.schema
    .createTable('api_keys')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('secret_hash', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('last_used_at', 'bigint')
    .addColumn('data', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex(uniqueIndexName('api_keys', 'secret_hash')).on('api_keys').column('secret_hash').unique().execute();

  // One row per store: what is left of its quota in the current window, shared by every server on
  // this database (docs/decisions/proxy-quota.md). Times are the database's clock, in ms.
  await db.schema
    .createTable('store_budgets')
    .addColumn('store_hash', 'text', (col) => col.primaryKey())
    .addColumn('quota', 'integer')
    .addColumn('window_ms', 'integer')
    .addColumn('requests_left', 'integer', (col) => col.notNull())
    .addColumn('window_ends_at', 'bigint', (col) => col.notNull())
    .addColumn('window_seen', 'integer', (col) => col.notNull())
    .addColumn('probe_until', 'bigint', (col) => col.notNull())
    .execute();

  // Counts per connection and minute, added to in batches: calls, those that waited for the quota
  // and the longest wait, 429s absorbed and passed on, errors.
  await db.schema
    .createTable('proxy_usage')
    .addColumn('connection_id', 'text', (col) => col.notNull())
    .addColumn('minute', 'bigint', (col) => col.notNull())
    .addColumn('calls', 'integer', (col) => col.notNull())
    .addColumn('waited', 'integer', (col) => col.notNull())
    .addColumn('longest_wait_ms', 'integer', (col) => col.notNull())
    .addColumn('absorbed_429', 'integer', (col) => col.notNull())
    .addColumn('passed_429', 'integer', (col) => col.notNull())
    .addColumn('errors', 'integer', (col) => col.notNull())
    .addPrimaryKeyConstraint('proxy_usage_pk', ['connection_id', 'minute'])
    .execute();
  await db.schema.createIndex('proxy_usage_minute').on('proxy_usage').column('minute').execute();
}
