import { request } from '../../../lib/http';
import { deliveryQueuedSchema, type Delivery } from '../../connections/schema';
import { useQueueDelivery } from './queueDelivery';

/** POST /api/webhooks/:id/test: a `webhook.test` event, sent at once, whatever events the endpoint asked for. */
export function sendTestEvent({ id }: { id: string }): Promise<Delivery> {
  return request(`/api/webhooks/${encodeURIComponent(id)}/test`, { method: 'POST', schema: deliveryQueuedSchema }).then((body) => body.delivery);
}

export const useSendTestEvent = () => useQueueDelivery(sendTestEvent);
