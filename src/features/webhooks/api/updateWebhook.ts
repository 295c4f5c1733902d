import { useMutation, useQueryClient } from '@tanstack/react-query';
import { request } from '../../../lib/http';
import { webhookSchema, type Webhook, type WebhookInput } from '../../connections/schema';
import { webhookKeys } from './keys';

/** PUT /api/webhooks/:id: new address, events or description; a disabled endpoint is sent to again. */
export function updateWebhook(id: string, input: WebhookInput): Promise<Webhook> {
  return request(`/api/webhooks/${encodeURIComponent(id)}`, { method: 'PUT', body: input, schema: webhookSchema });
}

export function useUpdateWebhook() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: WebhookInput }) => updateWebhook(id, input),
    onSuccess: (saved) => {
      queryClient.setQueryData<Webhook[]>(webhookKeys.list(), (list) => list?.map((webhook) => (webhook.id === saved.id ? saved : webhook)));
      void queryClient.invalidateQueries({ queryKey: webhookKeys.list() });
    },
  });
}
