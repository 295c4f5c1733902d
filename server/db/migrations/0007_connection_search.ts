import { SqliteAdapter, sql, type Kysely } from 'kysely';

// Issue 23: a search finds a rare term from an index instead of reading every row. `LIKE '%…%'`
// cannot use a B-tree; each database has its own index for substrings: SQLite's FTS5 trigram
// tokenizer (a table kept by triggers), PostgreSQL's pg_trgm (GIN indexes the planner uses for
// the same LIKE). docs/decisions/list-search.md says why these and what each costs.

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a migration sees the schema as it was then, not today's types
export async function up(db: Kysely<any>): Promise<void> {
  if (db.getExecutor().adapter instanceof SqliteAdapter) await sqliteSearch(db);
  else await postgresSearch(db);
}

// The search table's rows are keyed by `search_rowid`, a column of the connection's own: a
// connection's implicit rowid may change in a VACUUM (the backups use VACUUM INTO), a column does
// not. A row inserted with one (a restore) keeps it; one inserted without gets the next.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- as above
async function sqliteSearch(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('connections').addColumn('search_rowid', 'integer').execute();
  await sql`update connections set search_rowid = rowid`.execute(db);
  await db.schema.createIndex('connections_search_rowid').unique().on('connections').column('search_rowid').execute();
  await sql`create virtual table connection_search using fts5(name_key, store_hash, tokenize = 'trigram')`.execute(db);
  await sql`insert into connection_search (rowid, name_key, store_hash) select search_rowid, name_key, lower(store_hash) from connections`.execute(db);
  await sql`
    create trigger connections_search_insert after insert on connections begin
      update connections set search_rowid = (select coalesce(max(search_rowid), 0) + 1 from connections) where id = new.id and search_rowid is null;
      insert into connection_search (rowid, name_key, store_hash)
        select search_rowid, name_key, lower(store_hash) from connections where id = new.id;
    end`.execute(db);
  await sql`
    create trigger connections_search_update after update of name_key, store_hash on connections
    when old.name_key is not new.name_key or old.store_hash is not new.store_hash begin
      delete from connection_search where rowid = old.search_rowid;
      insert into connection_search (rowid, name_key, store_hash) values (old.search_rowid, new.name_key, lower(new.store_hash));
    end`.execute(db);
  await sql`
    create trigger connections_search_delete after delete on connections begin
      delete from connection_search where rowid = old.search_rowid;
    end`.execute(db);
}

// pg_trgm comes with PostgreSQL (contrib) and is a trusted extension: a database owner may create
// it. Where it is missing or not allowed, the search still works, reading rows as before.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- as above
async function postgresSearch(db: Kysely<any>): Promise<void> {
  const { rows } = await sql<{ usable: boolean }>`
    select exists (select 1 from pg_extension where extname = 'pg_trgm')
      or (exists (select 1 from pg_available_extensions where name = 'pg_trgm')
          and has_database_privilege(current_database(), 'CREATE')) as usable`.execute(db);
  if (!rows[0]?.usable) return;
  await sql`create extension if not exists pg_trgm`.execute(db);
  await sql`create index connections_name_key_trgm on connections using gin (name_key gin_trgm_ops)`.execute(db);
  await sql`create index connections_store_hash_trgm on connections using gin (lower(store_hash) gin_trgm_ops)`.execute(db);
}
