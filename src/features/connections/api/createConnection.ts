import { useMutation, useQueryClient } from '@tanstack/react-query';
import { request } from '../../../lib/http';
import { connectionSchema, type Connection, type ConnectionInput } from '../schema';
import { storeSavedConnection } from './cache';

export function createConnection(input: ConnectionInput): Promise<Connection> {
  return request('/api/connections', { method: 'POST', body: input, schema: connectionSchema });
}

/**
 * The input holds a secret: the mutation is collected at once (gcTime 0) and the caller resets
 * it when the request settles, so the variables do not outlive the request.
 */
export function useCreateConnection() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ConnectionInput) => createConnection(input),
    gcTime: 0,
    retry: false,
    onSuccess: (saved) => storeSavedConnection(queryClient, saved),
  });
}
