import type { Kysely } from 'kysely';
import { uniqueIndexName } from '../uniqueViolation';

// Released migrations are never edited: a change to the schema is a new numbered file.
// Column types are ones both SQLite and PostgreSQL read the same way (text, integer, bigint).

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a migration sees the schema as it was then, not today's types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('connections')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('name_key', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .addColumn('data', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex(uniqueIndexName('connections', 'name_key')).on('connections').column('name_key').unique().execute();

  await db.schema
    .createTable('oauth_clients')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('name_key', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('data', 'text', (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('pending_authorizations')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('connection_id', 'text', (col) => col.notNull())
    .addColumn('browser', 'text')
    .addColumn('store_hash', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('expires_at', 'bigint', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('pending_authorizations_browser_store').on('pending_authorizations').columns(['browser', 'store_hash']).execute();
  await db.schema.createIndex('pending_authorizations_expires_at').on('pending_authorizations').column('expires_at').execute();

  await db.schema
    .createTable('idempotency_results')
    .addColumn('key', 'text', (col) => col.primaryKey())
    .addColumn('fingerprint', 'text', (col) => col.notNull())
    .addColumn('status', 'integer', (col) => col.notNull())
    .addColumn('body', 'text', (col) => col.notNull())
    .addColumn('stored_at', 'bigint', (col) => col.notNull())
    .addColumn('expires_at', 'bigint', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('idempotency_results_expires_at').on('idempotency_results').column('expires_at').execute();

  await db.schema
    .createTable('settings')
    .addColumn('name', 'text', (col) => col.primaryKey())
    .addColumn('value', 'text', (col) => col.notNull())
    .execute();
}
