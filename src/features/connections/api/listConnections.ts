import { queryOptions } from '@tanstack/react-query';
import { contractRequest } from './contractRequest';
import type { Connection } from '../schema';
import { connectionKeys } from './keys';

export function fetchConnections(signal?: AbortSignal): Promise<Connection[]> {
  return contractRequest('/api/connections', { schema: (contract) => contract.connectionListSchema, signal }).then((body) => body.connections);
}

export const listConnectionsQuery = () =>
  queryOptions({
    queryKey: connectionKeys.lists(),
    queryFn: ({ signal }) => fetchConnections(signal),
  });
