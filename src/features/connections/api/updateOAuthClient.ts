import { useMutation, useQueryClient } from '@tanstack/react-query';
import { request } from '../../../lib/http';
import { oauthClientSchema, type OAuthClient, type OAuthClientInput } from '../schema';
import { storeSavedOAuthClient } from './cache';

export interface UpdateOAuthClientVariables {
  id: string;
  input: OAuthClientInput;
}

export function updateOAuthClient({ id, input }: UpdateOAuthClientVariables): Promise<OAuthClient> {
  return request(`/api/oauth-clients/${encodeURIComponent(id)}`, { method: 'PUT', body: input, schema: oauthClientSchema });
}

/** Like useCreateOAuthClient: gcTime 0, and the caller resets it when the request settles. */
export function useUpdateOAuthClient() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: UpdateOAuthClientVariables) => updateOAuthClient(variables),
    gcTime: 0,
    retry: false,
    onSuccess: (saved) => storeSavedOAuthClient(queryClient, saved),
  });
}
