import { useMutation, useQueryClient } from '@tanstack/react-query';
import { contractRequest } from './contractRequest';
import type { Connection } from '../schema';
import { connectionKeys } from './keys';

export function deleteConnection(id: string): Promise<void> {
  return contractRequest(`/api/connections/${encodeURIComponent(id)}`, { method: 'DELETE', schema: (contract) => contract.noContentSchema });
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
