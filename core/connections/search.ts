import { nameKey, type ConnectionFilter, type ConnectionPageQuery, type ConnectionPosition, type StoredConnection } from '../ports';

// The one rule of the list's search, filter and order. The embedded backend pages with it, tests
// compute what a page should hold with it, and the SQL adapter (server/storage/connectionPage.ts)
// says the same in a WHERE clause.

/** What a search looks for: `nameKey(q)`; empty means no search. */
export function searchTerm(q: string | undefined): string {
  return q === undefined ? '' : nameKey(q);
}

/**
 * The name's key or the store hash contains the search term, case-blind: nameKey lowers the case,
 * and a store hash is ASCII letters and digits, so SQL's lower() says the same.
 */
export function matchesSearch(record: Pick<StoredConnection, 'name' | 'storeHash'>, q: string | undefined): boolean {
  const term = searchTerm(q);
  return term === '' || nameKey(record.name).includes(term) || record.storeHash.toLowerCase().includes(term);
}

/** Newest `updatedAt` first, then `id` descending (byte order, as the SQL's C collation and index compare). */
export function newestFirst(a: ConnectionPosition, b: ConnectionPosition): number {
  if (a.updatedAt !== b.updatedAt) return a.updatedAt < b.updatedAt ? 1 : -1;
  return a.id === b.id ? 0 : a.id < b.id ? 1 : -1;
}

export function matchesQuery(record: StoredConnection, query: Omit<ConnectionPageQuery, 'limit'>): boolean {
  if (query.after && newestFirst(record, query.after) <= 0) return false;
  if (query.states && !query.states.includes(record.status.state)) return false;
  return matchesSearch(record, query.q);
}

/** One page of `records` (in any order) as the repository's `page` answers it. */
export function pageOf(records: readonly StoredConnection[], query: ConnectionPageQuery): { records: StoredConnection[]; more: boolean } {
  const matching = records.filter((record) => matchesQuery(record, query)).sort(newestFirst);
  return { records: matching.slice(0, query.limit), more: matching.length > query.limit };
}

/** How many of `records` the repository's `count` says match the filter (a page query's cursor aside). */
export function countOf(records: readonly StoredConnection[], { q, states }: ConnectionFilter): number {
  return records.filter((record) => matchesQuery(record, { q, states })).length;
}
