import { useMutation, useQueryClient } from '@tanstack/react-query';
import { contractRequest } from './contractRequest';
import type { OAuthClient, OAuthClientInput } from '../schema';
import { storeSavedOAuthClient } from './cache';
import { idempotencyHeaders } from './idempotency';

export interface CreateOAuthClientVariables {
  input: OAuthClientInput;
  /** The save attempt's `Idempotency-Key`: the same for a retry of the same values. */
  idempotencyKey?: string;
}

export function createOAuthClient({ input, idempotencyKey }: CreateOAuthClientVariables): Promise<OAuthClient> {
  return contractRequest('/api/oauth-clients', { method: 'POST', body: input, schema: (contract) => contract.oauthClientSchema, headers: idempotencyHeaders(idempotencyKey) });
}

/** The input holds the client secret: gcTime 0, and the caller resets it when the request settles. */
export function useCreateOAuthClient() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: CreateOAuthClientVariables) => createOAuthClient(variables),
    gcTime: 0,
    retry: false,
    onSuccess: (saved) => storeSavedOAuthClient(queryClient, saved),
  });
}
