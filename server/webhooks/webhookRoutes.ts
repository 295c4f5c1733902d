import { randomBytes } from 'node:crypto';
import type { Context } from 'hono';
import { webhookInputSchema, webhookSecretPrefix, webhookTestEventType, type WebhookEventBody } from '../../src/features/connections/schema';
import { parseBody } from '../../core/http/body';
import { apiError, unknownField } from '../../core/http/errors';
import { json, noContent } from '../../core/http/json';
import { storedSecret } from '../../core/records';
import type { SecretCipher } from '../../core/ports';
import type { Auth } from '../auth/auth';
import type { ServerApp } from '../http/requestLog';
import type { Deliverer } from './deliverer';
import { endpointProblem, type OutboundRules } from './outbound';
import { serializeWebhook, webhookRecord, type StoredWebhook } from './storedWebhook';
import type { WebhookStore } from './webhookStore';

export interface WebhookRouteDeps {
  readonly store: WebhookStore;
  readonly cipher: SecretCipher;
  readonly deliverer: Deliverer;
  readonly rules: OutboundRules;
  readonly auth: Auth;
}

const notFound = (id: string) => apiError(404, 'not_found', `No webhook endpoint with the ID "${id}" exists. It may have been deleted.`);
const newSecret = () => `${webhookSecretPrefix}${randomBytes(32).toString('base64')}`;
const hintOf = (secret: string) => `${webhookSecretPrefix}…${secret.slice(-4)}`;

/**
 * /api/webhooks: endpoints (added, listed, changed, deleted), their secret rotated, their
 * deliveries listed, a test event, a resend. Behind the session guard like the rest of /api.
 */
export function mountWebhookRoutes(app: ServerApp, deps: WebhookRouteDeps): void {
  const { store, auth } = deps;
  const record = async (c: Context, action: 'webhook.created' | 'webhook.updated' | 'webhook.deleted' | 'webhook.secret_rotated', webhook: StoredWebhook) =>
    auth.activity.record({ actor: (await auth.sessionOf(c))?.email ?? null, action, outcome: 'succeeded', subject: { kind: 'webhook', id: webhook.id, name: webhook.url }, detail: null });

  /** The body, parsed, with an address webhooks may reach; or the answer that says why not. */
  const validInput = async (request: Request): Promise<{ ok: true; input: ReturnType<typeof webhookInputSchema.parse> } | { ok: false; response: Response }> => {
    const body = await parseBody(request, webhookInputSchema);
    if (!body.ok) return body;
    const problem = await endpointProblem(body.data.url, deps.rules);
    if (problem) return { ok: false, response: unknownField('url', problem) };
    return { ok: true, input: body.data };
  };
  const withSecret = async (id: string, secret: string, at: string) => ({ secret: await storedSecret(deps.cipher, secret, { record: webhookRecord(id), field: 'secret' }, at), secretHint: hintOf(secret) });
  const fields = (input: ReturnType<typeof webhookInputSchema.parse>): Pick<StoredWebhook, 'url' | 'events' | 'description'> => ({ url: input.url, events: [...new Set(input.events)], description: input.description ?? null });

  app.post('/api/webhooks', async (c) => {
    const valid = await validInput(c.req.raw);
    if (!valid.ok) return valid.response;
    const at = new Date().toISOString();
    const id = crypto.randomUUID();
    const secret = newSecret();
    const { secret: encrypted, secretHint } = await withSecret(id, secret, at);
    const stored: StoredWebhook = { id, ...fields(valid.input), secret: encrypted, secretHint, createdAt: at, updatedAt: at };
    await store.insert(stored);
    await record(c, 'webhook.created', stored);
    return json({ webhook: serializeWebhook(stored, { failingSince: null, disabledAt: null }), secret }, { status: 201 });
  });

  app.get('/api/webhooks', async () => json({ webhooks: (await store.list()).map((row) => serializeWebhook(row.stored, row)) }));

  app.put('/api/webhooks/:id', async (c) => {
    const existing = await store.find(c.req.param('id'));
    if (!existing) return notFound(c.req.param('id'));
    const valid = await validInput(c.req.raw);
    if (!valid.ok) return valid.response;
    const stored: StoredWebhook = { ...existing.stored, ...fields(valid.input), updatedAt: new Date().toISOString() };
    if (!(await store.replace(stored))) return notFound(stored.id);
    await record(c, 'webhook.updated', stored);
    deps.deliverer.wake();
    return json(serializeWebhook(stored, { failingSince: null, disabledAt: null }));
  });

  app.delete('/api/webhooks/:id', async (c) => {
    const deleted = await store.delete(c.req.param('id'));
    if (!deleted) return notFound(c.req.param('id'));
    await record(c, 'webhook.deleted', deleted);
    return noContent();
  });

  app.post('/api/webhooks/:id/rotate', async (c) => {
    const existing = await store.find(c.req.param('id'));
    if (!existing) return notFound(c.req.param('id'));
    const at = new Date().toISOString();
    const secret = newSecret();
    const stored: StoredWebhook = { ...existing.stored, ...(await withSecret(existing.stored.id, secret, at)), updatedAt: at };
    if (!(await store.replace(stored))) return notFound(stored.id);
    await record(c, 'webhook.secret_rotated', stored);
    // Rotating enables a disabled endpoint again: what waited for it goes now.
    deps.deliverer.wake();
    return json({ webhook: serializeWebhook(stored, { failingSince: null, disabledAt: null }), secret });
  });

  app.get('/api/webhooks/:id/deliveries', async (c) => {
    if (!(await store.find(c.req.param('id')))) return notFound(c.req.param('id'));
    return json({ deliveries: await store.deliveries(c.req.param('id')) });
  });

  app.post('/api/webhooks/:id/test', async (c) => {
    const endpoint = await store.find(c.req.param('id'));
    if (!endpoint) return notFound(c.req.param('id'));
    const at = Date.now();
    const body: WebhookEventBody = { type: webhookTestEventType, timestamp: new Date(at).toISOString(), data: { message: 'A test event from BigCommerce connections: this endpoint receives and verifies its events.' } };
    const delivery = await store.enqueue(endpoint.stored.id, null, body, at);
    deps.deliverer.wake();
    return json({ delivery }, { status: 202 });
  });

  app.post('/api/webhooks/:id/deliveries/:deliveryId/resend', async (c) => {
    const endpointId = c.req.param('id');
    if (!(await store.find(endpointId))) return notFound(endpointId);
    const original = await store.delivery(endpointId, c.req.param('deliveryId'));
    if (!original) return apiError(404, 'not_found', `This endpoint has no delivery with the ID "${c.req.param('deliveryId')}".`);
    const delivery = await store.enqueue(endpointId, original.connectionId, JSON.parse(original.body) as WebhookEventBody, Date.now());
    deps.deliverer.wake();
    return json({ delivery }, { status: 202 });
  });
}

