import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { request } from '../../../lib/http';
import type { Connection } from '../schema';
import { connectionKeys } from './keys';

/** 204 has no body: an answer with one breaks the contract (and did not delete anything we know of). */
const noContent = z.undefined({ error: 'expected no body (204)' });

export function deleteConnection(id: string): Promise<void> {
  return request(`/api/connections/${encodeURIComponent(id)}`, { method: 'DELETE', schema: noContent });
}

export function useDeleteConnection() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => deleteConnection(id),
    retry: false,
    onSuccess: (_result, id) => {
      queryClient.removeQueries({ queryKey: connectionKeys.detail(id) });
      queryClient.setQueryData<Connection[]>(connectionKeys.lists(), (list) => list?.filter((connection) => connection.id !== id));
      void queryClient.invalidateQueries({ queryKey: connectionKeys.lists() });
    },
  });
}
