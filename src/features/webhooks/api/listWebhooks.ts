import { queryOptions } from '@tanstack/react-query';
import { request } from '../../../lib/http';
import { webhookListSchema, type Webhook } from '../../connections/schema';
import { webhookKeys } from './keys';

/** GET /api/webhooks: every endpoint, oldest first; never a secret. */
export function fetchWebhooks(signal?: AbortSignal): Promise<Webhook[]> {
  return request('/api/webhooks', { schema: webhookListSchema, signal }).then((body) => body.webhooks);
}

export const listWebhooksQuery = () =>
  queryOptions({
    queryKey: webhookKeys.list(),
    queryFn: ({ signal }) => fetchWebhooks(signal),
    // "Failing since" and "Disabled" move with deliveries: fresh on each visit.
    staleTime: 0,
  });
