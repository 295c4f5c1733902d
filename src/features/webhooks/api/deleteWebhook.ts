import { useMutation, useQueryClient } from '@tanstack/react-query';
import { request } from '../../../lib/http';
import type { Webhook } from '../../connections/schema';
import { webhookKeys } from './keys';

/** DELETE /api/webhooks/:id: nothing more is sent to it, queued deliveries included. */
export function deleteWebhook(id: string): Promise<void> {
  return request(`/api/webhooks/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

export function useDeleteWebhook() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteWebhook,
    onSuccess: (_result, id) => {
      queryClient.setQueryData<Webhook[]>(webhookKeys.list(), (list) => list?.filter((webhook) => webhook.id !== id));
      queryClient.removeQueries({ queryKey: webhookKeys.deliveries(id) });
      void queryClient.invalidateQueries({ queryKey: webhookKeys.list() });
    },
  });
}
