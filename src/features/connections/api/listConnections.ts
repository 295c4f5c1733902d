import { queryOptions } from '@tanstack/react-query';
import { request } from '../../../lib/http';
import { connectionListSchema, type Connection } from '../schema';
import { connectionKeys } from './keys';

export function fetchConnections(signal?: AbortSignal): Promise<Connection[]> {
  return request('/api/connections', { schema: connectionListSchema, signal }).then((body) => body.connections);
}

export const listConnectionsQuery = () =>
  queryOptions({
    queryKey: connectionKeys.lists(),
    queryFn: ({ signal }) => fetchConnections(signal),
  });
