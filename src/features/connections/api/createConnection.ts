import { useMutation, useQueryClient } from '@tanstack/react-query';
import { request } from '../../../lib/http';
import { connectionSchema, type Connection, type ConnectionInput } from '../schema';
import { storeSavedConnection } from './cache';
import { idempotencyHeaders } from './idempotency';

export interface CreateConnectionVariables {
  input: ConnectionInput;
  /** The save attempt's `Idempotency-Key`: the same for a retry of the same values. */
  idempotencyKey?: string;
}

export function createConnection({ input, idempotencyKey }: CreateConnectionVariables): Promise<Connection> {
  return request('/api/connections', { method: 'POST', body: input, schema: connectionSchema, headers: idempotencyHeaders(idempotencyKey) });
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
