import { useMutation, useQueryClient } from '@tanstack/react-query';
import { contractRequest } from './contractRequest';
import type { OAuthClient, OAuthClientInput } from '../schema';
import { storeSavedOAuthClient } from './cache';
import { idempotencyHeaders } from './idempotency';

export interface UpdateOAuthClientVariables {
  id: string;
  input: OAuthClientInput;
  idempotencyKey?: string;
}

export function updateOAuthClient({ id, input, idempotencyKey }: UpdateOAuthClientVariables): Promise<OAuthClient> {
  return contractRequest(`/api/oauth-clients/${encodeURIComponent(id)}`, { method: 'PUT', body: input, schema: (contract) => contract.oauthClientSchema, headers: idempotencyHeaders(idempotencyKey) });
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
