import { useMutation, useQueryClient } from '@tanstack/react-query';
import { contractRequest } from './contractRequest';
import type { Connection, TestResult } from '../schema';
import { storeCheckedConnection } from './cache';
import { connectionKeys } from './keys';

export interface SavedTestVariables {
  id: string;
  signal?: AbortSignal;
}

export interface SavedTestAnswer {
  result: TestResult;
  /** The connection with the status the test recorded. */
  connection: Connection;
}

/** Tests a saved connection with its stored secret or token (POST /api/connections/:id/test). */
export function testSavedConnection({ id, signal }: SavedTestVariables): Promise<SavedTestAnswer> {
  return contractRequest(`/api/connections/${encodeURIComponent(id)}/test`, { method: 'POST', schema: (contract) => contract.savedTestResponseSchema, signal });
}

/** Re-tests a saved connection and puts its new status into the cached list and detail, in place. */
export function useTestSavedConnection() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: SavedTestVariables) => testSavedConnection(variables),
    retry: false,
    onSuccess: (answer) => {
      storeCheckedConnection(queryClient, answer.connection);
      // A test that changed the status added a line to the connection's history.
      void queryClient.invalidateQueries({ queryKey: connectionKeys.history(answer.connection.id) });
    },
  });
}
