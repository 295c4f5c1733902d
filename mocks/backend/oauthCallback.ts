// POST /api/oauth/callback: checks what BigCommerce sent to the Redirect URL, exchanges the code
// and stores the token (encrypted) on the connection. Never returns a token.
import type { OAuthCallbackInput, OAuthCallbackResult } from '../../src/features/connections/schema';
import { authorizationMessages, storeOfContext } from './authorizationMessages';
import { findPendingAuthorization } from './authorizationStore';
import { callBigCommerce, storeApiHeaders, storeApiUrl } from './bigcommerceClient';
import { nowIso } from './clock';
import { findConnection, updateCheckedConnection } from './connectionStore';
import { decryptSecret, encryptSecret } from './crypto';
import type { StoredConnection } from './db';
import { findOAuthClient } from './oauthClientStore';
import { serializeConnection } from './serialize';
import { exchangeCode } from './tokenExchange';

type Failure = Extract<OAuthCallbackResult, { ok: false }>;

/** The result, or 'cancelled' when our own client went away first. */
export type CallbackOutcome = OAuthCallbackResult | 'cancelled';

function fail(reason: Failure['reason'], message: string, connectionId?: string): Failure {
  return { ok: false, reason, message, ...(connectionId ? { connectionId } : {}) };
}

/** The Redirect URL the consent page was given: the same origin as this request. */
export function redirectUriFor(requestUrl: string): string {
  return `${new URL(requestUrl).origin}/oauth/callback`;
}

/** The store's name, read with the new token; undefined if the token cannot read it. */
async function readStoreName(storeHash: string, accessToken: string, clientId: string, signal: AbortSignal): Promise<string | undefined> {
  const outcome = await callBigCommerce(storeApiUrl(storeHash, '/v2/store'), { headers: storeApiHeaders(accessToken, clientId) }, signal);
  if (outcome.kind !== 'response' || !outcome.response.ok) return undefined;
  try {
    const body = (await outcome.response.json()) as { name?: unknown };
    return typeof body.name === 'string' ? body.name : undefined;
  } catch {
    return undefined;
  }
}

export async function completeAuthorization(input: OAuthCallbackInput, requestUrl: string, signal: AbortSignal): Promise<CallbackOutcome> {
  const pending = await findPendingAuthorization(input.state);
  if (!pending) return fail('unknown_state', authorizationMessages.unknownState);
  const id = pending.connectionId;
  const connection = await findConnection(id);
  if (!connection || connection.authType !== 'oauth2') return fail('unknown_state', authorizationMessages.connectionGone, id);

  if (input.error === 'access_denied') return fail('access_denied', authorizationMessages.accessDenied, id);
  if (input.error) return fail('access_denied', authorizationMessages.otherError(input.error, input.error_description), id);
  if (!input.code) return fail('invalid_grant', authorizationMessages.noCode, id);

  const expected = `stores/${connection.storeHash}`;
  // Checked before the exchange too, so a code for the wrong store is never turned into a token.
  if (input.context && input.context !== expected) {
    return fail('store_mismatch', authorizationMessages.storeMismatch(storeOfContext(input.context), connection.storeHash), id);
  }
  const client = await findOAuthClient(connection.oauthClientId);
  if (!client) return fail('invalid_client', authorizationMessages.clientGone, id);

  const exchange = await exchangeCode(
    {
      clientId: client.clientId,
      clientSecret: await decryptSecret(client.clientSecret),
      clientName: client.name,
      code: input.code,
      scope: input.scope ?? connection.scopes.join(' '),
      context: input.context ?? expected,
      redirectUri: redirectUriFor(requestUrl),
    },
    signal,
  );
  if (!exchange.ok) return exchange.reason === 'cancelled' ? 'cancelled' : fail(exchange.reason, exchange.message, id);
  const { token } = exchange;
  if (token.context !== expected) {
    return fail('store_mismatch', authorizationMessages.storeMismatch(storeOfContext(token.context), connection.storeHash), id);
  }

  const storeName = await readStoreName(connection.storeHash, token.accessToken, client.clientId, signal);
  const now = nowIso();
  const authorization = {
    grantedScopes: token.scope.split(' ').filter(Boolean),
    authorizedAt: now,
    accessToken: { ...(await encryptSecret(token.accessToken)), updatedAt: now },
  };
  const updated = await updateCheckedConnection(id, connection.updatedAt, (current): StoredConnection =>
    current.authType === 'oauth2'
      ? { ...current, authorization, status: { state: 'authorized', checkedAt: now }, ...(storeName ? { storeName } : {}) }
      : current,
  );
  if (!updated) return fail('unknown_state', authorizationMessages.connectionGone, id);
  if (updated.authType !== 'oauth2' || updated.authorization !== authorization) return fail('unknown_state', authorizationMessages.changedMeanwhile, id);
  return { ok: true, connection: serializeConnection(updated) };
}
