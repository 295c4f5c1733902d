import { queryOptions } from '@tanstack/react-query';
import { request } from '../../../lib/http';
import { connectionListSchema, type Connection } from '../../connections/schema';
import { apiKeyKeys } from './keys';

/** GET /api/connections: the saved connections, for the key's choice and the list's names. */
export function fetchConnections(signal?: AbortSignal): Promise<Connection[]> {
  return request('/api/connections', { schema: connectionListSchema, signal }).then((body) => body.connections);
}

export const listConnectionsQuery = () =>
  queryOptions({
    queryKey: apiKeyKeys.connections(),
    queryFn: ({ signal }) => fetchConnections(signal),
  });
