import { useMutation } from '@tanstack/react-query';
import { contractRequest } from './contractRequest';
import type { ConnectionTestInput, TestResult } from '../schema';

export interface TestConnectionVariables {
  input: ConnectionTestInput;
  /** Aborts the request when the person presses "Cancel test". */
  signal?: AbortSignal;
}

/** Tests credentials as typed, without saving them (POST /api/connections/test). */
export function testConnection({ input, signal }: TestConnectionVariables): Promise<TestResult> {
  return contractRequest('/api/connections/test', { method: 'POST', body: input, schema: (contract) => contract.testResponseSchema, signal }).then((body) => body.result);
}

/**
 * The input holds a secret: like the save mutations, it is collected at once (gcTime 0) and the
 * caller resets it when the request settles, so the variables do not outlive the request.
 * Nothing is put into the query cache.
 */
export function useTestConnection() {
  return useMutation({
    mutationFn: (variables: TestConnectionVariables) => testConnection(variables),
    gcTime: 0,
    retry: false,
  });
}
