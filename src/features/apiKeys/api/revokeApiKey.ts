import { useMutation, useQueryClient } from '@tanstack/react-query';
import { request } from '../../../lib/http';
import type { ApiKey } from '../../connections/schema';
import { apiKeyKeys } from './keys';

/** DELETE /api/api-keys/:id: revoked, refused at once by every server. */
export function revokeApiKey(id: string): Promise<void> {
  return request(`/api/api-keys/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

export function useRevokeApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeApiKey,
    onSuccess: (_result, id) => {
      queryClient.setQueryData<ApiKey[]>(apiKeyKeys.list(), (keys) => keys?.filter((key) => key.id !== id));
      void queryClient.invalidateQueries({ queryKey: apiKeyKeys.list() });
    },
  });
}
