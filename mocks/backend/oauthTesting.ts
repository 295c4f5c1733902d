// Test support for the OAuth 2.0 flow and the calls our backend makes to BigCommerce.
import { connectionSchema, type Connection } from '../../src/features/connections/schema';
import { bigcommerceDemoApp, PLUMTREE_STORE_HASH } from '../fixtures/bigcommerce';
import { issueAuthorizationCode, TOKEN_URL } from '../bigcommerce';
import { server } from '../node';
import { oauth2Input, send } from './testing';

export const redirectUri = 'http://localhost/oauth/callback';
export const oauthScopes = ['store_v2_information_read_only', 'store_v2_products'];

export interface BigCommerceCall {
  readonly url: string;
  readonly headers: Headers;
}

/** Every request our backend makes to a BigCommerce host, from now on. */
export function recordBigCommerceCalls(): BigCommerceCall[] {
  const calls: BigCommerceCall[] = [];
  server.events.on('request:start', ({ request }) => {
    if (/bigcommerce\.com$/.test(new URL(request.url).hostname)) calls.push({ url: request.url, headers: new Headers(request.headers) });
  });
  return calls;
}

/** Every access token the simulated token endpoint hands out, from now on. */
export function recordIssuedTokens(): string[] {
  const tokens: string[] = [];
  server.events.on('response:mocked', async ({ request, response }) => {
    if (request.url !== TOKEN_URL || !response.ok) return;
    const body = (await response.clone().json()) as { access_token: string };
    tokens.push(body.access_token);
  });
  return tokens;
}

export async function createOAuthConnection(overrides: Record<string, unknown> = {}): Promise<Connection> {
  const response = await send('POST', '/connections', oauth2Input({ storeHash: PLUMTREE_STORE_HASH, scopes: oauthScopes, ...overrides }));
  return connectionSchema.parse(await response.json());
}

/** POST /api/connections/:id/authorize, and the query of the consent URL it answers. */
export async function startAuthorization(id: string): Promise<URLSearchParams> {
  const response = await send('POST', `/connections/${id}/authorize`);
  const { authorizeUrl } = (await response.json()) as { authorizeUrl: string };
  return new URL(authorizeUrl, 'http://localhost').searchParams;
}

/** What the consent page's Authorize button sends to the Redirect URL. */
export async function consent(consentQuery: URLSearchParams, storeHash = PLUMTREE_STORE_HASH): Promise<Record<string, string>> {
  const issued = await issueAuthorizationCode({
    clientId: consentQuery.get('client_id') ?? bigcommerceDemoApp.clientId,
    storeHash,
    scopes: (consentQuery.get('scope') ?? '').split(' '),
    redirectUri: consentQuery.get('redirect_uri') ?? redirectUri,
  });
  return { code: issued.code, scope: issued.scope, context: issued.context, account_uuid: issued.accountUuid, state: consentQuery.get('state') ?? '' };
}

export async function postCallback(query: Record<string, string>): Promise<Response> {
  return send('POST', '/oauth/callback', query);
}

/** A connection to Plumtree Outfitters authorized through the whole flow. */
export async function authorizedConnection(): Promise<Connection> {
  const created = await createOAuthConnection();
  const response = await postCallback(await consent(await startAuthorization(created.id)));
  const result = (await response.json()) as { ok: boolean; connection: unknown };
  if (!result.ok) throw new Error(`Authorization failed: ${JSON.stringify(result)}`);
  return connectionSchema.parse(result.connection);
}
