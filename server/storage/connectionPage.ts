import { sql } from 'kysely';
import { searchTerm } from '../../core/connections/search';
import { storeHashPattern } from '../../src/features/connections/schema';
import type { ConnectionFilter, ConnectionPageQuery, StoredConnection } from '../../core/ports';
import type { ServerDatabase } from '../db/openDatabase';
import { fromJson } from './rows';

// The list's page in SQL, saying what core/connections/search.ts says: keyset pagination over the
// index (updated_at, id) (or (state, updated_at, id) with a status filter), newest first.

/** A LIKE pattern that finds `term` anywhere, its wildcards and the escape character taken literally. */
export function containsPattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

/** Matches at most this many rows: few enough to read from the trigram index and sort. */
const sparseMatches = 500;

/** An FTS5 query for `term` anywhere in the name (and the store hash): one phrase, its quotes doubled. */
function trigramQuery(term: string, inStoreHash: boolean): string {
  return `${inStoreHash ? '{name_key store_hash}' : 'name_key'} : "${term.replaceAll('"', '""')}"`;
}

/**
 * SQLite's planner cannot weigh the trigram index against reading the newest rows until a page is
 * full, so this asks the index first: the rows of a term in few of them, read then by their key;
 * undefined for a term in many rows (found within the newest few hundred anyway) or one shorter
 * than a trigram (no index to ask).
 */
async function sparseMatchesOf(database: ServerDatabase, term: string, inStoreHash: boolean): Promise<number[] | undefined> {
  if ([...term].length < 3) return undefined;
  const { rows } = await sql<{ rowid: number }>`select rowid from connection_search where connection_search match ${trigramQuery(term, inStoreHash)} limit ${sparseMatches + 1}`.execute(
    database.kysely,
  );
  return rows.length <= sparseMatches ? rows.map((row) => row.rowid) : undefined;
}

/** The connections matching the filter (no columns chosen yet); undefined when the index says none. */
async function matching(database: ServerDatabase, filter: ConnectionFilter) {
  const term = searchTerm(filter.q);
  let select = database.kysely.selectFrom('connections');
  if (filter.states) select = select.where('state', 'in', [...filter.states]);
  if (term === '') return select;
  const pattern = containsPattern(term);
  const inName = sql<boolean>`name_key like ${pattern} escape '\\'`;
  // A store hash is letters and digits: a term with anything else cannot be in one, and one LIKE a row costs less than two.
  const inStoreHash = storeHashPattern.test(term);
  select = inStoreHash ? select.where((eb) => eb.or([inName, sql<boolean>`lower(store_hash) like ${pattern}`])) : select.where(inName);
  const found = database.dialect === 'sqlite' ? await sparseMatchesOf(database, term, inStoreHash) : undefined;
  if (found?.length === 0) return undefined;
  return found ? select.where(sql<boolean>`search_rowid in (${sql.join(found)})`) : select;
}

export async function connectionPage(database: ServerDatabase, query: ConnectionPageQuery): Promise<{ records: StoredConnection[]; more: boolean }> {
  const { after } = query;
  const matches = await matching(database, query);
  if (!matches) return { records: [], more: false };
  let select = matches.select('data');
  if (after) {
    // (updated_at, id) < (after.updatedAt, after.id), portably; the `<=` gives the index its range.
    select = select
      .where('updated_at', '<=', after.updatedAt)
      .where((eb) => eb.or([eb('updated_at', '<', after.updatedAt), eb('id', '<', after.id)]));
  }
  const rows = await select.orderBy('updated_at', 'desc').orderBy('id', 'desc').limit(query.limit + 1).execute();
  return { records: rows.slice(0, query.limit).map((row) => fromJson<StoredConnection>(row)), more: rows.length > query.limit };
}

/** The rows the page's filter matches, counted (PostgreSQL answers a bigint, as text). */
export async function connectionCount(database: ServerDatabase, filter: ConnectionFilter): Promise<number> {
  const matches = await matching(database, filter);
  if (!matches) return 0;
  const { total } = await matches.select((eb) => eb.fn.countAll<number | string>().as('total')).executeTakeFirstOrThrow();
  return Number(total);
}
