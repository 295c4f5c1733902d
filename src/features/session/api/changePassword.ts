import { useMutation, useQueryClient } from '@tanstack/react-query';
import { request } from '../../../lib/http';
import { sessionSchema, type ChangePasswordInput, type Session } from '../../connections/schema';
import { sessionKeys } from './keys';

/** PUT /api/session/password: a new session id; every other session ends. */
export function changePassword(input: ChangePasswordInput): Promise<Session> {
  return request('/api/session/password', { method: 'PUT', body: input, schema: sessionSchema });
}

/** The variables hold both passwords: collected at once (gcTime 0). */
export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changePassword,
    gcTime: 0,
    retry: false,
    onSuccess: (session) => queryClient.setQueryData(sessionKeys.current(), session),
  });
}
