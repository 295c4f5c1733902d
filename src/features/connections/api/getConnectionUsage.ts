import { queryOptions } from '@tanstack/react-query';
import { contractRequest } from './contractRequest';
import type { ConnectionUsage } from '../schema';
import { connectionKeys } from './keys';

/** GET /api/connections/:id/usage (the server only): the proxy's calls with it in the last 24 hours. */
export function fetchConnectionUsage(id: string, signal?: AbortSignal): Promise<ConnectionUsage> {
  return contractRequest(`/api/connections/${encodeURIComponent(id)}/usage`, { schema: (contract) => contract.connectionUsageResponseSchema, signal }).then(
    (body) => body.usage,
  );
}

export const connectionUsageQuery = (id: string) =>
  queryOptions({
    queryKey: connectionKeys.usage(id),
    queryFn: ({ signal }) => fetchConnectionUsage(id, signal),
    // Every proxied call changes it: fresh on each visit.
    staleTime: 0,
  });
