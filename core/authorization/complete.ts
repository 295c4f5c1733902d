// The OAuth 2.0 callback's checks, for both backends: what BigCommerce sent to the Redirect URL is
// checked against the authorization that was waiting for it, the code exchanged, and the token
// stored (encrypted) on the connection. Never returns a token. How the waiting authorization is
// found differs (the demo's `state`, the server's browser cookie); everything after is here.
import type { OAuthCallbackResult } from '../../src/features/connections/schema';
import { storeApiHeaders } from '../bigcommerce/client';
import { exchangeCode } from '../bigcommerce/tokenExchange';
import { nowIso } from '../clock';
import type { BackendDeps } from '../deps';
import type { PendingAuthorization, StoredConnection } from '../ports';
import { connectionRecord, oauthClientRecord, storedSecret } from '../records';
import { serializeConnection } from '../serialize';
import { authorizationMessages, storeOfContext } from './messages';

type Failure = Extract<OAuthCallbackResult, { ok: false }>;

/** The result, or 'cancelled' when our own client went away first. */
export type CallbackOutcome = OAuthCallbackResult | 'cancelled';

/** The query BigCommerce appends to the Redirect URL (the demo's consent page adds `state`). */
export interface CallbackQuery {
  readonly code?: string | undefined;
  readonly scope?: string | undefined;
  readonly context?: string | undefined;
  readonly error?: string | undefined;
  readonly error_description?: string | undefined;
}

function fail(reason: Failure['reason'], message: string, connectionId?: string): Failure {
  return { ok: false, reason, message, ...(connectionId ? { connectionId } : {}) };
}

/** The store's name, read with the new token; undefined if the token cannot read it. */
async function readStoreName(deps: BackendDeps, storeHash: string, accessToken: string, clientId: string, signal: AbortSignal): Promise<string | undefined> {
  const { bigcommerce } = deps;
  const outcome = await bigcommerce.call(bigcommerce.storeApiUrl(storeHash, '/v2/store'), { headers: storeApiHeaders(accessToken, clientId) }, signal);
  if (outcome.kind !== 'response' || !outcome.response.ok) return undefined;
  try {
    const body = (await outcome.response.json()) as { name?: unknown };
    return typeof body.name === 'string' ? body.name : undefined;
  } catch {
    return undefined;
  }
}

export async function completeAuthorization(
  deps: BackendDeps,
  pending: PendingAuthorization | undefined,
  input: CallbackQuery,
  redirectUri: string,
  signal: AbortSignal,
): Promise<CallbackOutcome> {
  if (!pending) return fail('unknown_state', authorizationMessages.unknownState);
  const id = pending.connectionId;
  const connection = await deps.connections.find(id);
  if (!connection || connection.authType !== 'oauth2') return fail('unknown_state', authorizationMessages.connectionGone, id);

  if (input.error === 'access_denied') return fail('access_denied', authorizationMessages.accessDenied, id);
  if (input.error) return fail('access_denied', authorizationMessages.otherError(input.error, input.error_description), id);
  if (!input.code) return fail('invalid_grant', authorizationMessages.noCode, id);

  const expected = `stores/${connection.storeHash}`;
  // Checked before the exchange too, so a code for the wrong store is never turned into a token.
  if (input.context && input.context !== expected) {
    return fail('store_mismatch', authorizationMessages.storeMismatch(storeOfContext(input.context), connection.storeHash), id);
  }
  const client = await deps.oauthClients.find(connection.oauthClientId);
  if (!client) return fail('invalid_client', authorizationMessages.clientGone, id);

  const exchange = await exchangeCode(
    deps.bigcommerce,
    {
      clientId: client.clientId,
      clientSecret: await deps.cipher.decrypt(client.clientSecret, { record: oauthClientRecord(client.id), field: 'clientSecret' }),
      clientName: client.name,
      code: input.code,
      scope: input.scope ?? connection.scopes.join(' '),
      context: input.context ?? expected,
      redirectUri,
    },
    signal,
  );
  if (!exchange.ok) return exchange.reason === 'cancelled' ? 'cancelled' : fail(exchange.reason, exchange.message, id);
  const { token } = exchange;
  if (token.context !== expected) {
    return fail('store_mismatch', authorizationMessages.storeMismatch(storeOfContext(token.context), connection.storeHash), id);
  }

  const storeName = await readStoreName(deps, connection.storeHash, token.accessToken, client.clientId, signal);
  const now = nowIso();
  const authorization = {
    grantedScopes: token.scope.split(' ').filter(Boolean),
    authorizedAt: now,
    accessToken: await storedSecret(deps.cipher, token.accessToken, { record: connectionRecord(id), field: 'authorization.accessToken' }, now),
  };
  const updated = await deps.connections.updateChecked(
    id,
    connection.updatedAt,
    (current): StoredConnection =>
      current.authType === 'oauth2' ? { ...current, authorization, status: { state: 'authorized', checkedAt: now }, ...(storeName ? { storeName } : {}) } : current,
    'authorization',
  );
  if (!updated) return fail('unknown_state', authorizationMessages.connectionGone, id);
  if (updated.authType !== 'oauth2' || updated.authorization?.authorizedAt !== now) return fail('unknown_state', authorizationMessages.changedMeanwhile, id);
  return { ok: true, connection: serializeConnection(updated) };
}
