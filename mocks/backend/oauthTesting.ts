// Test support for the OAuth 2.0 flow and the calls our backend makes to BigCommerce.
import { connectionSchema, oauthCallbackResultSchema, type Connection, type OAuthCallbackResult } from '../../src/features/connections/schema';
import { bigcommerceDemoApp, PLUMTREE_STORE_HASH } from '../fixtures/bigcommerce';
import { issueAuthorizationCode, TOKEN_URL } from '../bigcommerce';
import { server } from '../node';
import { openCallback, pressInstall, startInstall } from '../../server/testing/installFlow';
import { apiBackend, oauth2Input, runningServer, send } from './testing';

export const redirectUri = 'http://localhost/oauth/callback';
export const oauthScopes = ['store_v2_information_read_only', 'store_v2_products'];

export interface BigCommerceCall {
  readonly url: string;
  readonly headers: Headers;
}

/** Every request our backend makes to a BigCommerce host, from now on, by its BigCommerce address. */
export function recordBigCommerceCalls(): BigCommerceCall[] {
  const calls: BigCommerceCall[] = [];
  if (apiBackend !== 'embedded') {
    watchServerCalls((url, headers) => calls.push({ url, headers }));
    return calls;
  }
  server.events.on('request:start', ({ request }) => {
    if (/bigcommerce\.com$/.test(new URL(request.url).hostname)) calls.push({ url: request.url, headers: new Headers(request.headers) });
  });
  return calls;
}

/** Every access token the simulated token endpoint hands out, from now on. */
export function recordIssuedTokens(): string[] {
  const tokens: string[] = [];
  const take = async (response: Response) => tokens.push(((await response.clone().json()) as { access_token: string }).access_token);
  if (apiBackend !== 'embedded') {
    watchServerCalls((url, _headers, response) => (url === TOKEN_URL && response?.ok ? take(response) : undefined));
    return tokens;
  }
  server.events.on('response:mocked', async ({ request, response }) => {
    if (request.url !== TOKEN_URL || !response.ok) return;
    await take(response);
  });
  return tokens;
}

/**
 * The server runs in this process and reaches the simulator with the global fetch: watch that,
 * naming each call by the BigCommerce address it stands for (store API or login host).
 */
function watchServerCalls(seen: (url: string, headers: Headers, response?: Response) => unknown): void {
  const { simulatorUrl } = runningServer();
  const realFetch = globalThis.fetch;
  vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    const response = await realFetch(input, init);
    if (url.startsWith(simulatorUrl)) {
      const path = url.slice(simulatorUrl.length);
      const host = path.startsWith('/stores/') ? 'https://api.bigcommerce.com' : 'https://login.bigcommerce.com';
      await seen(`${host}${path}`, new Headers(init?.headers), response);
    }
    return response;
  });
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

/**
 * The whole authorization of connection `id` as each backend runs it, ending with the callback's
 * result: the demo's consent page and POST /api/oauth/callback; the server's install page on the
 * simulator and GET /oauth/callback, in the same browser (its cookie).
 */
export async function authorize(id: string, storeHash = PLUMTREE_STORE_HASH): Promise<{ result: OAuthCallbackResult; body: string }> {
  if (apiBackend === 'embedded') {
    const body = await (await postCallback(await consent(await startAuthorization(id), storeHash))).text();
    return { result: oauthCallbackResultSchema.parse(JSON.parse(body)), body };
  }
  const { authorizeUrl, cookie } = await startInstall(runningServer().url, id, runningServer().signedIn);
  const { result, page } = await openCallback(await pressInstall(authorizeUrl, storeHash), cookie);
  return { result, body: page };
}

/** A connection to Plumtree Outfitters authorized through the whole flow. */
export async function authorizedConnection(): Promise<Connection> {
  const created = await createOAuthConnection();
  const { result } = await authorize(created.id);
  if (!result.ok) throw new Error(`Authorization failed: ${JSON.stringify(result)}`);
  return connectionSchema.parse(result.connection);
}
