import { useMutation, useQueryClient } from '@tanstack/react-query';
import { contractRequest } from './contractRequest';
import type { Connection, ConnectionInput } from '../schema';
import { storeSavedConnection } from './cache';
import { idempotencyHeaders } from './idempotency';

export interface CreateConnectionVariables {
  input: ConnectionInput;
  /** The save attempt's `Idempotency-Key`: the same for a retry of the same values. */
  idempotencyKey?: string;
}

export function createConnection({ input, idempotencyKey }: CreateConnectionVariables): Promise<Connection> {
  return contractRequest('/api/connections', { method: 'POST', body: input, schema: (contract) => contract.connectionSchema, headers: idempotencyHeaders(idempotencyKey) });
}

/**
 * The input holds a secret: the mutation is collected at once (gcTime 0) and the caller resets
 * it when the request settles, so the variables do not outlive the request.
 */
export function useCreateConnection() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: CreateConnectionVariables) => createConnection(variables),
    gcTime: 0,
    retry: false,
    onSuccess: (saved) => storeSavedConnection(queryClient, saved),
  });
}
