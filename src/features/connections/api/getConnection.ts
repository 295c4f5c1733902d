import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { contractRequest } from './contractRequest';
import type { Connection } from '../schema';
import { connectionKeys } from './keys';
import { findListedConnection } from './listCache';

export function fetchConnection(id: string, signal?: AbortSignal): Promise<Connection> {
  return contractRequest(`/api/connections/${encodeURIComponent(id)}`, { schema: (contract) => contract.connectionSchema, signal });
}

/** One connection; starts from a list's copy when there is one, so Edit opens at once. */
export const getConnectionQuery = (id: string, queryClient?: QueryClient) =>
  queryOptions({
    queryKey: connectionKeys.detail(id),
    queryFn: ({ signal }) => fetchConnection(id, signal),
    initialData: () => (queryClient ? findListedConnection(queryClient, id)?.connection : undefined),
    initialDataUpdatedAt: () => (queryClient ? findListedConnection(queryClient, id)?.updatedAt : undefined),
  });
