import type { Kysely } from 'kysely';

// Sign-in (issue 9): the owner account, sessions, the counters of the login throttle and the
// per-session test limit, and the activity log. The setup token's hash is a row of `settings`.

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a migration sees the schema as it was then, not today's types
export async function up(db: Kysely<any>): Promise<void> {
  // One owner: its primary key is a fixed value, so a second insert (two setups at once, two
  // servers starting with OWNER_EMAIL) fails on the key instead of making a second owner.
  await db.schema
    .createTable('owner')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('email', 'text', (col) => col.notNull())
    .addColumn('password_hash', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();

  // Only the SHA-256 of a session id is stored: a copy of the database signs nobody in.
  await db.schema
    .createTable('sessions')
    .addColumn('id_hash', 'text', (col) => col.primaryKey())
    .addColumn('created_at', 'bigint', (col) => col.notNull())
    .addColumn('last_seen_at', 'bigint', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('sessions_last_seen_at').on('sessions').column('last_seen_at').execute();

  // One row per counted event (a sign-in attempt, a test of typed credentials) in a bucket such
  // as the hash of an email, an address or a session; windows are counted over `at`.
  await db.schema
    .createTable('rate_events')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('bucket', 'text', (col) => col.notNull())
    .addColumn('at', 'bigint', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('rate_events_bucket_at').on('rate_events').columns(['bucket', 'at']).execute();
  await db.schema.createIndex('rate_events_at').on('rate_events').column('at').execute();

  // Ids sort by time (the time first, then randomness): newest first is `order by id desc`.
  await db.schema
    .createTable('activity')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('at', 'text', (col) => col.notNull())
    .addColumn('data', 'text', (col) => col.notNull())
    .execute();
}
