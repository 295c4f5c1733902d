import { apiKeyInputSchema, apiKeyMessages, type ApiKey, type ApiKeyCreated } from '../../src/features/connections/schema';
import { nowIso } from '../clock';
import { parseBody } from '../http/body';
import { apiError, unknownField } from '../http/errors';
import { json, noContent } from '../http/json';
import type { ApiKeyRepository, ConnectionRepository, StoredApiKey } from '../ports';
import { newApiKeySecret, secretHashOf, secretHint } from './secret';

export interface ApiKeyDeps {
  readonly apiKeys: ApiKeyRepository;
  readonly connections: Pick<ConnectionRepository, 'find'>;
}

// Built field by field, never spread from the record: the stored hash can never reach an answer.
export function serializeApiKey(key: StoredApiKey, lastUsedAt: number | null): ApiKey {
  return {
    id: key.id,
    name: key.name,
    connections: key.connections === 'all' ? 'all' : [...key.connections],
    access: key.access,
    hint: key.hint,
    createdAt: key.createdAt,
    lastUsedAt: lastUsedAt === null ? null : new Date(lastUsedAt).toISOString(),
  };
}

/** POST /api/api-keys: 201 with the secret, the only time it is ever sent. */
export async function createApiKey(deps: ApiKeyDeps, request: Request): Promise<{ response: Response; created?: StoredApiKey }> {
  const body = await parseBody(request, apiKeyInputSchema);
  if (!body.ok) return { response: body.response };
  const { name, connections, access } = body.data;
  if (connections !== 'all') {
    const unique = [...new Set(connections)];
    const found = await Promise.all(unique.map((id) => deps.connections.find(id)));
    const missing = found.filter((record) => !record).length;
    if (missing > 0) return { response: unknownField('connections', apiKeyMessages.unknownConnections(missing)) };
  }
  const secret = newApiKeySecret();
  const key: StoredApiKey = {
    id: crypto.randomUUID(),
    name,
    connections: connections === 'all' ? 'all' : [...new Set(connections)],
    access,
    hint: secretHint(secret),
    secretHash: await secretHashOf(secret),
    createdAt: nowIso(),
  };
  await deps.apiKeys.insert(key);
  const created: ApiKeyCreated = { key: serializeApiKey(key, null), secret };
  return { response: json(created, { status: 201 }), created: key };
}

export async function listApiKeys(deps: ApiKeyDeps): Promise<Response> {
  const keys = await deps.apiKeys.list();
  return json({ keys: keys.map(({ key, lastUsedAt }) => serializeApiKey(key, lastUsedAt)) });
}

/** DELETE /api/api-keys/:id: the key stops working at once, on every server. */
export async function revokeApiKey(deps: ApiKeyDeps, id: string): Promise<{ response: Response; revoked?: StoredApiKey }> {
  const revoked = await deps.apiKeys.delete(id);
  if (!revoked) return { response: apiError(404, 'not_found', `No API key with the ID "${id}" exists. It may have been revoked already.`) };
  return { response: noContent(), revoked };
}
