import { useMutation, useQueryClient } from '@tanstack/react-query';
import { request } from '../../../lib/http';
import { sessionSchema, type Session, type SetupInput } from '../../connections/schema';
import { storeSession } from './storeSession';

/** POST /api/setup: creates the owner account with the printed token, and signs in. */
export function setUp(input: SetupInput): Promise<Session> {
  return request('/api/setup', { method: 'POST', body: input, schema: sessionSchema });
}

/** The variables hold the password and the token: collected at once (gcTime 0). */
export function useSetUp() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: setUp, gcTime: 0, retry: false, onSuccess: (session) => storeSession(queryClient, session) });
}
