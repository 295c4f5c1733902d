import { queryOptions } from '@tanstack/react-query';
import { HttpError, request } from '../../../lib/http';
import { connectionSchema, type Connection } from '../../connections/schema';
import { apiKeyKeys } from './keys';

/** GET /api/connections/:id, to name a key's chosen connection; null when it was deleted since (404). */
export function fetchConnection(id: string, signal?: AbortSignal): Promise<Connection | null> {
  return request(`/api/connections/${encodeURIComponent(id)}`, { schema: connectionSchema, signal }).catch((error: unknown) => {
    if (error instanceof HttpError && error.status === 404) return null;
    throw error;
  });
}

export const getConnectionQuery = (id: string) =>
  queryOptions({
    queryKey: apiKeyKeys.connection(id),
    queryFn: ({ signal }) => fetchConnection(id, signal),
    staleTime: 60_000,
  });
