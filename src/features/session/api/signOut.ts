import { useMutation } from '@tanstack/react-query';
import { request } from '../../../lib/http';
import { noContentSchema } from '../../connections/schema';

/** DELETE /api/session: the server ends the session and clears the cookie. */
export function signOut(): Promise<void> {
  return request('/api/session', { method: 'DELETE', schema: noContentSchema });
}

export function useSignOut() {
  return useMutation({ mutationFn: signOut, retry: false });
}
