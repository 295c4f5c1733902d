import { infiniteQueryOptions } from '@tanstack/react-query';
import { request } from '../../../lib/http';
import { activityPageSchema, type ActivityPage } from '../../connections/schema';
import { activityKeys } from './keys';

/** GET /api/activity[?before=ID]: newest first, 100 a page. */
export function fetchActivity(before: string | null, signal?: AbortSignal): Promise<ActivityPage> {
  const url = before ? `/api/activity?before=${encodeURIComponent(before)}` : '/api/activity';
  return request(url, { schema: activityPageSchema, signal });
}

export const listActivityQuery = () =>
  infiniteQueryOptions({
    queryKey: activityKeys.pages(),
    queryFn: ({ pageParam, signal }) => fetchActivity(pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextBefore,
    // The log grows with every action: fresh on each visit.
    staleTime: 0,
  });
