import { nowIso } from '../clock';
import type { BackendDeps } from '../deps';
import { notFound, unknownField, unknownOAuthClient } from '../http/errors';
import type { PendingAuthorization, StoredConnection, StoredOAuthClient } from '../ports';

/** How long an authorization waits for its callback. */
export const AUTHORIZATION_LIFETIME_MS = 10 * 60_000;

export interface StartedAuthorization {
  readonly connection: Extract<StoredConnection, { authType: 'oauth2' }>;
  readonly client: StoredOAuthClient;
  readonly pending: PendingAuthorization;
}

function randomId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * Starts an OAuth 2.0 authorization of connection `id`: a pending authorization that the callback
 * must match within 10 minutes (on the server, from the same `browser`). Where the person is sent
 * to consent is the backend's to say.
 */
export async function startAuthorization(
  deps: BackendDeps,
  id: string,
  browser?: string,
): Promise<{ readonly ok: true; readonly started: StartedAuthorization } | { readonly ok: false; readonly response: Response }> {
  const connection = await deps.connections.find(id);
  if (!connection) return { ok: false, response: notFound('connection', id) };
  if (connection.authType !== 'oauth2') {
    return {
      ok: false,
      response: unknownField('authType', 'Only an OAuth 2.0 connection is authorized on BigCommerce. A Basic or Token connection is ready once saved: test it instead.'),
    };
  }
  const client = await deps.oauthClients.find(connection.oauthClientId);
  if (!client) return { ok: false, response: unknownOAuthClient() };
  const createdAt = nowIso();
  const pending: PendingAuthorization = {
    id: randomId(),
    connectionId: connection.id,
    storeHash: connection.storeHash,
    ...(browser === undefined ? {} : { browser }),
    createdAt,
    expiresAt: Date.parse(createdAt) + AUTHORIZATION_LIFETIME_MS,
  };
  await deps.authorizations.create(pending);
  return { ok: true, started: { connection, client, pending } };
}
