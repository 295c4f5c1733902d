import { http, HttpResponse } from 'msw';
import { oauthCallbackInputSchema } from '../../src/features/connections/schema';
import { parseBody } from '../../core/http/body';
import { embeddedDeps } from './deps';
import { loseResponseAfter } from './lostResponse';
import { apiPath, idParam } from './request';
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

/** The Redirect URL the consent page was given: the same origin as this request. */
export function redirectUriFor(requestUrl: string): string {
  return `${new URL(requestUrl).origin}/oauth/callback`;
}

// The authorization's rules are loaded on first use: the demo's start needs none of them.
export const authorizationHandlers = [
  /** Starts an OAuth 2.0 authorization: a fresh `state` and the consent page's URL. */
  http.post(apiPath('/connections/:id/authorize'), loseResponseAfter('connections.authorize', async ({ request, params }) => {
    const failure = await scenarioResponse('connections.authorize');
    if (failure) return failure;
    const { startAuthorization } = await import('../../core/authorization/start');
    const start = await startAuthorization(embeddedDeps, idParam(params));
    if (!start.ok) return start.response;
    const { connection, client, pending } = start.started;
    const authorizeUrl = consentUrl({
      clientId: client.clientId,
      scopes: connection.scopes,
      storeHash: connection.storeHash,
      redirectUri: redirectUriFor(request.url),
      state: pending.id,
    });
    return HttpResponse.json({ authorizeUrl });
  })),

  /** What BigCommerce sent to the Redirect URL, as the callback page forwards it. */
  http.post(apiPath('/oauth/callback'), loseResponseAfter('connections.authorize', async ({ request }) => {
    const failure = await scenarioResponse('connections.authorize');
    if (failure) return failure;
    const body = await parseBody(request, oauthCallbackInputSchema);
    if (!body.ok) return body.response;
    const pending = await embeddedDeps.authorizations.find(body.data.state, Date.now());
    const { completeAuthorization } = await import('../../core/authorization/complete');
    const result = await completeAuthorization(embeddedDeps, pending, body.data, redirectUriFor(request.url), request.signal);
    if (result === 'cancelled') return HttpResponse.error();
    return HttpResponse.json(result);
  })),
];
