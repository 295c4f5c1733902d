import { infiniteQueryOptions } from '@tanstack/react-query';
import { request } from '../../../lib/http';
import { connectionPageSchema, type ConnectionPage } from '../../connections/schema';
import { apiKeyKeys } from './keys';

/** GET /api/connections?q=…: a page of the saved connections whose name or store hash contains `q`. */
export function fetchConnectionPage(q: string, cursor: string | undefined, signal?: AbortSignal): Promise<ConnectionPage> {
  const params = new URLSearchParams();
  if (q.trim()) params.set('q', q.trim());
  if (cursor) params.set('cursor', cursor);
  const query = params.toString();
  return request(query ? `/api/connections?${query}` : '/api/connections', { schema: connectionPageSchema, signal });
}

/** The connections to choose from: a search, a page at a time. */
export const searchConnectionsQuery = (q: string) =>
  infiniteQueryOptions({
    queryKey: apiKeyKeys.connections(q),
    queryFn: ({ pageParam, signal }) => fetchConnectionPage(q, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last: ConnectionPage) => last.nextCursor ?? undefined,
  });
