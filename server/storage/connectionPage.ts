import { sql } from 'kysely';
import { searchTerm } from '../../core/connections/search';
import { storeHashPattern } from '../../src/features/connections/schema';
import type { ConnectionPageQuery, StoredConnection } from '../../core/ports';
import type { ServerDatabase } from '../db/openDatabase';
import { fromJson } from './rows';

// The list's page in SQL, saying what core/connections/search.ts says: keyset pagination over the
// index (updated_at, id) (or (state, updated_at, id) with a status filter), newest first.

/** A LIKE pattern that finds `term` anywhere, its wildcards and the escape character taken literally. */
export function containsPattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

export async function connectionPage(database: ServerDatabase, query: ConnectionPageQuery): Promise<{ records: StoredConnection[]; more: boolean }> {
  const { after, states } = query;
  const term = searchTerm(query.q);
  let select = database.kysely.selectFrom('connections').select('data');
  if (after) {
    // (updated_at, id) < (after.updatedAt, after.id), portably; the `<=` gives the index its range.
    select = select
      .where('updated_at', '<=', after.updatedAt)
      .where((eb) => eb.or([eb('updated_at', '<', after.updatedAt), eb('id', '<', after.id)]));
  }
  if (states) select = select.where('state', 'in', [...states]);
  if (term !== '') {
    const pattern = containsPattern(term);
    const inName = sql<boolean>`name_key like ${pattern} escape '\\'`;
    // A store hash is letters and digits: a term with anything else cannot be in one, and one LIKE a row costs less than two.
    select = storeHashPattern.test(term) ? select.where((eb) => eb.or([inName, sql<boolean>`lower(store_hash) like ${pattern}`])) : select.where(inName);
  }
  const rows = await select.orderBy('updated_at', 'desc').orderBy('id', 'desc').limit(query.limit + 1).execute();
  return { records: rows.slice(0, query.limit).map((row) => fromJson<StoredConnection>(row)), more: rows.length > query.limit };
}
