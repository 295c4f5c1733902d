import { queryOptions } from '@tanstack/react-query';
import { contractRequest } from './contractRequest';
import type { StatusChange } from '../schema';
import { connectionKeys } from './keys';
import { statusRefreshMs } from './statusRefresh';

/** GET /api/connections/:id/history (the server only): its status changes of the last 30 days, newest first. */
export function fetchStatusHistory(id: string, signal?: AbortSignal): Promise<StatusChange[]> {
  return contractRequest(`/api/connections/${encodeURIComponent(id)}/history`, { schema: (contract) => contract.statusHistorySchema, signal }).then(
    (body) => body.changes,
  );
}

export const statusHistoryQuery = (id: string) =>
  queryOptions({
    queryKey: connectionKeys.history(id),
    queryFn: ({ signal }) => fetchStatusHistory(id, signal),
    staleTime: 0,
    // Background checks and proxied calls add to it while the page is open.
    refetchInterval: statusRefreshMs,
  });
