import { queryOptions } from '@tanstack/react-query';
import { request } from '../../../lib/http';
import { deliveryListSchema, type Delivery } from '../../connections/schema';
import { webhookKeys } from './keys';
import { deliveryPollInterval } from './deliveryPolling';

/** GET /api/webhooks/:id/deliveries: the newest 100, each with its attempts. */
export function fetchDeliveries(id: string, signal?: AbortSignal): Promise<Delivery[]> {
  return request(`/api/webhooks/${encodeURIComponent(id)}/deliveries`, { schema: deliveryListSchema, signal }).then((body) => body.deliveries);
}

export const listDeliveriesQuery = (id: string) =>
  queryOptions({
    queryKey: webhookKeys.deliveries(id),
    queryFn: ({ signal }) => fetchDeliveries(id, signal),
    staleTime: 0,
    refetchInterval: (query) => deliveryPollInterval(query.state.data, Date.now()),
  });
