import { request } from '../../../lib/http';
import { deliveryQueuedSchema, type Delivery } from '../../connections/schema';
import { useQueueDelivery } from './queueDelivery';

/** POST /api/webhooks/:id/deliveries/:deliveryId/resend: the same event again, as a new delivery. */
export function resendDelivery({ id, deliveryId }: { id: string; deliveryId: string }): Promise<Delivery> {
  const path = `/api/webhooks/${encodeURIComponent(id)}/deliveries/${encodeURIComponent(deliveryId)}/resend`;
  return request(path, { method: 'POST', schema: deliveryQueuedSchema }).then((body) => body.delivery);
}

export const useResendDelivery = () => useQueueDelivery(resendDelivery);
