import { http, HttpResponse } from 'msw';
import { oauthCallbackInputSchema } from '../../src/features/connections/schema';
import { createPendingAuthorization } from './authorizationStore';
import { findConnection } from './connectionStore';
import { notFound, unknownField, unknownOAuthClient } from './errors';
import { completeAuthorization, redirectUriFor } from './oauthCallback';
import { findOAuthClient } from './oauthClientStore';
import { loseResponseAfter } from './lostResponse';
import { apiPath, idParam, parseBody } from './request';
import { scenarioResponse } from './scenarios';

/**
 * Where the person consents. BigCommerce documents no app-initiated authorize URL (FACTS §4), so
 * the simulator's consent page is served by this app itself, in the popup.
 */
export const CONSENT_PATH = '/__bigcommerce/consent';

export function consentUrl(query: { clientId: string; scopes: readonly string[]; storeHash: string; redirectUri: string; state: string }): string {
  const params = [
    ['client_id', query.clientId],
    ['scope', query.scopes.join(' ')],
    ['context', `stores/${query.storeHash}`],
    ['redirect_uri', query.redirectUri],
    ['state', query.state],
  ];
  return `${CONSENT_PATH}?${params.map(([name, value]) => `${name}=${encodeURIComponent(value ?? '')}`).join('&')}`;
}

export const authorizationHandlers = [
  /** Starts an OAuth 2.0 authorization: a fresh `state` and the consent page's URL. */
  http.post(apiPath('/connections/:id/authorize'), loseResponseAfter('connections.authorize', async ({ request, params }) => {
    const failure = await scenarioResponse('connections.authorize');
    if (failure) return failure;
    const id = idParam(params);
    const connection = await findConnection(id);
    if (!connection) return notFound('connection', id);
    if (connection.authType !== 'oauth2') {
      return unknownField('authType', 'Only an OAuth 2.0 connection is authorized on BigCommerce. A Basic or Token connection is ready once saved: test it instead.');
    }
    const client = await findOAuthClient(connection.oauthClientId);
    if (!client) return unknownOAuthClient();
    const pending = await createPendingAuthorization(connection.id);
    const authorizeUrl = consentUrl({
      clientId: client.clientId,
      scopes: connection.scopes,
      storeHash: connection.storeHash,
      redirectUri: redirectUriFor(request.url),
      state: pending.state,
    });
    return HttpResponse.json({ authorizeUrl });
  })),

  /** What BigCommerce sent to the Redirect URL, as the callback page forwards it. */
  http.post(apiPath('/oauth/callback'), loseResponseAfter('connections.authorize', async ({ request }) => {
    const failure = await scenarioResponse('connections.authorize');
    if (failure) return failure;
    const body = await parseBody(request, oauthCallbackInputSchema);
    if (!body.ok) return body.response;
    const result = await completeAuthorization(body.data, request.url, request.signal);
    if (result === 'cancelled') return HttpResponse.error();
    return HttpResponse.json(result);
  })),
];
