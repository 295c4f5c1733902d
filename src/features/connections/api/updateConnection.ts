import { useMutation, useQueryClient } from '@tanstack/react-query';
import { contractRequest } from './contractRequest';
import type { Connection, ConnectionInput } from '../schema';
import { storeSavedConnection } from './cache';
import { idempotencyHeaders } from './idempotency';

export interface UpdateConnectionVariables {
  id: string;
  input: ConnectionInput;
  idempotencyKey?: string;
}

export function updateConnection({ id, input, idempotencyKey }: UpdateConnectionVariables): Promise<Connection> {
  return contractRequest(`/api/connections/${encodeURIComponent(id)}`, { method: 'PUT', body: input, schema: (contract) => contract.connectionSchema, headers: idempotencyHeaders(idempotencyKey) });
}

/** Like useCreateConnection: gcTime 0, and the caller resets it when the request settles. */
export function useUpdateConnection() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: UpdateConnectionVariables) => updateConnection(variables),
    gcTime: 0,
    retry: false,
    onSuccess: (saved) => storeSavedConnection(queryClient, saved),
  });
}
