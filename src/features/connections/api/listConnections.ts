import { infiniteQueryOptions, type InfiniteData } from '@tanstack/react-query';
import { contractRequest } from './contractRequest';
import type { Connection, ConnectionPage } from '../schema';
import { connectionKeys, normalizeFilter, type ConnectionListFilter } from './keys';

export type ConnectionPages = InfiniteData<ConnectionPage, string | undefined>;

/** `/api/connections?q=…&status=a,b&limit=…&count=true&cursor=…` (docs/api.md), with only what is set. */
export function connectionListUrl(filter: ConnectionListFilter, cursor?: string): string {
  const { q, status, limit, count } = normalizeFilter(filter);
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  if (status) params.set('status', status.join(','));
  if (limit !== undefined) params.set('limit', String(limit));
  if (count) params.set('count', 'true');
  if (cursor) params.set('cursor', cursor);
  const query = params.toString();
  return query ? `/api/connections?${query}` : '/api/connections';
}

export function fetchConnectionPage(filter: ConnectionListFilter, cursor: string | undefined, signal?: AbortSignal): Promise<ConnectionPage> {
  return contractRequest(connectionListUrl(filter, cursor), { schema: (contract) => contract.connectionPageSchema, signal });
}

/** The connections matching `filter`, a page at a time (newest change first); the next page while `nextCursor`. */
export const listConnectionsQuery = (filter: ConnectionListFilter = {}) =>
  infiniteQueryOptions({
    queryKey: connectionKeys.list(filter),
    queryFn: ({ pageParam, signal }) => fetchConnectionPage(filter, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last: ConnectionPage) => last.nextCursor ?? undefined,
  });

/**
 * Every connection of the pages loaded so far, in order, each once: a cursor is a place in the
 * order, so one saved meanwhile on another server's clock can come again on a later page (docs/api.md).
 */
export function loadedConnections(data: { pages: readonly ConnectionPage[] } | undefined): Connection[] {
  const seen = new Set<string>();
  return (data?.pages ?? []).flatMap((page) => page.connections).filter((connection) => !seen.has(connection.id) && Boolean(seen.add(connection.id)));
}
