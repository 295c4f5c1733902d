import type { z } from 'zod/mini';
import { request } from '../../../lib/http';
import { webhookCreatedSchema } from '../../connections/schema';

export type WebhookWithSecret = z.infer<typeof webhookCreatedSchema>;

/**
 * POST /api/webhooks/:id/rotate: a new signing secret, this once; the old one no longer signs.
 * Called directly, not through a mutation, for the same reason as createWebhook.
 */
export function rotateWebhookSecret(id: string): Promise<WebhookWithSecret> {
  return request(`/api/webhooks/${encodeURIComponent(id)}/rotate`, { method: 'POST', schema: webhookCreatedSchema });
}
