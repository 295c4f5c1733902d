import { useMutation, useQueryClient } from '@tanstack/react-query';
import { contractRequest } from './contractRequest';
import { dropDeletedConnection } from './cache';

export function deleteConnection(id: string): Promise<void> {
  return contractRequest(`/api/connections/${encodeURIComponent(id)}`, { method: 'DELETE', schema: (contract) => contract.noContentSchema });
}

export function useDeleteConnection() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => deleteConnection(id),
    retry: false,
    onSuccess: (_result, id) => dropDeletedConnection(queryClient, id),
  });
}
