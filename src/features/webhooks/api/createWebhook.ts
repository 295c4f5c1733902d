import { request } from '../../../lib/http';
import { webhookCreatedSchema, type WebhookInput } from '../../connections/schema';
import type { WebhookWithSecret } from './rotateWebhookSecret';

/**
 * POST /api/webhooks: the new endpoint and its signing secret, this once. Called directly, not
 * through a mutation: a mutation keeps its result, and the secret must live only in the page's state.
 */
export function createWebhook(input: WebhookInput): Promise<WebhookWithSecret> {
  return request('/api/webhooks', { method: 'POST', body: input, schema: webhookCreatedSchema });
}
