import { oauthClientInputSchema } from '../../src/features/connections/schema';
import { nowIso } from '../clock';
import type { BackendDeps } from '../deps';
import { parseBody } from '../http/body';
import { idempotencyClaimOf } from '../idempotency';
import { notFound } from '../http/errors';
import { json } from '../http/json';
import { buildOAuthClientRecord, newStamp } from '../records';
import { serializeOAuthClient } from '../serialize';

export async function listOAuthClients(deps: BackendDeps): Promise<Response> {
  const records = await deps.oauthClients.list();
  return json({ clients: records.map(serializeOAuthClient) });
}

export async function createOAuthClient(deps: BackendDeps, request: Request): Promise<Response> {
  const body = await parseBody(request, oauthClientInputSchema);
  if (!body.ok) return body.response;
  const record = await buildOAuthClientRecord(deps.cipher, body.data, newStamp(nowIso()));
  await deps.oauthClients.insert(record, idempotencyClaimOf(request));
  return json(serializeOAuthClient(record), { status: 201 });
}

/** The answer a create would have given, for a retry whose create committed before the server stopped. */
export async function resumeCreatedOAuthClient(deps: BackendDeps, id: string): Promise<Response> {
  const record = await deps.oauthClients.find(id);
  return record ? json(serializeOAuthClient(record), { status: 201 }) : notFound('OAuth 2.0 client', id);
}

export async function updateOAuthClient(deps: BackendDeps, request: Request, id: string): Promise<Response> {
  if (!(await deps.oauthClients.find(id))) return notFound('OAuth 2.0 client', id);
  const body = await parseBody(request, oauthClientInputSchema);
  if (!body.ok) return body.response;
  const now = nowIso();
  const rebuilt = await buildOAuthClientRecord(deps.cipher, body.data, { id, createdAt: now, now });
  const record = await deps.oauthClients.replace(id, (existing) => ({ ...rebuilt, createdAt: existing.createdAt }));
  return record ? json(serializeOAuthClient(record)) : notFound('OAuth 2.0 client', id);
}
