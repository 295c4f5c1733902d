import { queryOptions } from '@tanstack/react-query';
import { HttpError, request } from '../../../lib/http';
import { sessionSchema, type Session } from '../../connections/schema';
import { sessionKeys } from './keys';

/** Who is signed in; null when nobody is (401). */
export async function fetchSession(signal?: AbortSignal): Promise<Session | null> {
  try {
    return await request('/api/session', { schema: sessionSchema, signal });
  } catch (error) {
    if (error instanceof HttpError && error.status === 401) return null;
    throw error;
  }
}

export const sessionQuery = () =>
  queryOptions({
    queryKey: sessionKeys.current(),
    queryFn: ({ signal }) => fetchSession(signal),
    // Changes only through this feature (sign-in, sign-out, a 401), which writes it itself.
    staleTime: Infinity,
  });
