import { createApiKey, listApiKeys, revokeApiKey } from '../../core/apiKeys/routes';
import { notFound } from '../../core/http/errors';
import { json } from '../../core/http/json';
import type { BackendDeps } from '../../core/deps';
import type { ApiKeyRepository, StoredApiKey } from '../../core/ports';
import type { Auth } from '../auth/auth';
import type { UsageCounter } from '../proxy/usageCounter';
import type { ServerApp } from './requestLog';

const subjectOf = (key: StoredApiKey) => ({ kind: 'apiKey' as const, id: key.id, name: key.name });
const connectionsText = (key: StoredApiKey) => (key.connections === 'all' ? 'all connections' : `${key.connections.length} connection${key.connections.length === 1 ? '' : 's'}`);

/**
 * /api/api-keys (create, list, revoke; creating and revoking go to the activity log) and a
 * connection's proxy usage, behind the session guard like the rest of /api.
 */
export function mountApiKeyRoutes(app: ServerApp, deps: BackendDeps, apiKeys: ApiKeyRepository, usage: UsageCounter, auth: Auth): void {
  const keyDeps = { apiKeys, connections: deps.connections };
  const actor = async (c: Parameters<Auth['sessionOf']>[0]) => (await auth.sessionOf(c))?.email ?? null;

  app.post('/api/api-keys', async (c) => {
    const { response, created } = await createApiKey(keyDeps, c.req.raw);
    if (created) {
      const detail = `${created.access === 'read' ? 'Read' : 'Read and write'} access to ${connectionsText(created)}.`;
      await auth.activity.record({ actor: await actor(c), action: 'api_key.created', outcome: 'succeeded', subject: subjectOf(created), detail });
    }
    return response;
  });
  app.get('/api/api-keys', () => listApiKeys(keyDeps));
  app.delete('/api/api-keys/:id', async (c) => {
    const { response, revoked } = await revokeApiKey(keyDeps, c.req.param('id'));
    if (revoked) await auth.activity.record({ actor: await actor(c), action: 'api_key.revoked', outcome: 'succeeded', subject: subjectOf(revoked), detail: null });
    return response;
  });

  app.get('/api/connections/:id/usage', async (c) => {
    const id = c.req.param('id');
    if (!(await deps.connections.find(id))) return notFound('connection', id);
    return json({ usage: await usage.usageOf(id) });
  });
}
