import { useMutation, useQueryClient } from '@tanstack/react-query';
import { request } from '../../../lib/http';
import { oauthClientSchema, type OAuthClient, type OAuthClientInput } from '../schema';
import { storeSavedOAuthClient } from './cache';

export function createOAuthClient(input: OAuthClientInput): Promise<OAuthClient> {
  return request('/api/oauth-clients', { method: 'POST', body: input, schema: oauthClientSchema });
}

/** The input holds the client secret: gcTime 0, and the caller resets it when the request settles. */
export function useCreateOAuthClient() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: OAuthClientInput) => createOAuthClient(input),
    gcTime: 0,
    retry: false,
    onSuccess: (saved) => storeSavedOAuthClient(queryClient, saved),
  });
}
