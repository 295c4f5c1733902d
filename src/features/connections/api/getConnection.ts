import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { contractRequest } from './contractRequest';
import type { Connection } from '../schema';
import { connectionKeys } from './keys';

export function fetchConnection(id: string, signal?: AbortSignal): Promise<Connection> {
  return contractRequest(`/api/connections/${encodeURIComponent(id)}`, { schema: (contract) => contract.connectionSchema, signal });
}

/** One connection; starts from the list's copy when there is one, so Edit opens at once. */
export const getConnectionQuery = (id: string, queryClient?: QueryClient) =>
  queryOptions({
    queryKey: connectionKeys.detail(id),
    queryFn: ({ signal }) => fetchConnection(id, signal),
    initialData: () => queryClient?.getQueryData<Connection[]>(connectionKeys.lists())?.find((connection) => connection.id === id),
    initialDataUpdatedAt: () => queryClient?.getQueryState(connectionKeys.lists())?.dataUpdatedAt,
  });
