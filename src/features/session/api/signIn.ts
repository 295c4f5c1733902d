import { useMutation, useQueryClient } from '@tanstack/react-query';
import { request } from '../../../lib/http';
import { sessionSchema, type Session, type SignInInput } from '../../connections/schema';
import { storeSession } from './storeSession';

/** POST /api/session: signs in (the server sets the cookie). */
export function signIn(input: SignInInput): Promise<Session> {
  return request('/api/session', { method: 'POST', body: input, schema: sessionSchema });
}

/** The variables hold the password: collected at once (gcTime 0); the caller resets it when it settles. */
export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: signIn, gcTime: 0, retry: false, onSuccess: (session) => storeSession(queryClient, session) });
}
