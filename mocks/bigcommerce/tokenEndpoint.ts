// What POST https://login.bigcommerce.com/oauth2/token answers (FACTS §4; oauth.ts routes to it).
// The success body is BigCommerce's; the error bodies are OAuth 2.0 standard (RFC 6749 §5.2),
// because BigCommerce documents none.
import { HttpResponse } from 'msw';
import { findApp, findStore, registerAppToken } from './auth';
import { randomAlphanumeric, redeemAuthorizationCode } from './codes';

export type OAuthErrorCode = 'invalid_request' | 'invalid_client' | 'invalid_grant' | 'unsupported_grant_type';

const REQUIRED_FIELDS = ['client_id', 'client_secret', 'code', 'scope', 'grant_type', 'redirect_uri', 'context'] as const;
type TokenRequest = Record<(typeof REQUIRED_FIELDS)[number], string>;

// RFC 6749 §5.1: token responses must not be cached.
const noStore = { 'Cache-Control': 'no-store', Pragma: 'no-cache' };

function oauthError(status: 400 | 401, error: OAuthErrorCode, description: string): Response {
  return HttpResponse.json({ error, error_description: description }, { status, headers: noStore });
}

/** A JSON body (as documented) or, leniently, a form-encoded one; undefined if neither parses. */
async function readFields(request: Request): Promise<Record<string, string | undefined> | undefined> {
  const text = await request.text();
  if ((request.headers.get('Content-Type') ?? '').includes('application/x-www-form-urlencoded')) {
    return Object.fromEntries(new URLSearchParams(text));
  }
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return undefined;
    return Object.fromEntries(Object.entries(parsed).map(([key, value]) => [key, typeof value === 'string' ? value : undefined]));
  } catch {
    return undefined;
  }
}

function validate(fields: Record<string, string | undefined>): TokenRequest | string {
  const missing = REQUIRED_FIELDS.filter((name) => !fields[name]);
  if (missing.length > 0) return `Missing required parameter(s): ${missing.join(', ')}.`;
  return fields as TokenRequest;
}

export async function answerTokenRequest(request: Request): Promise<Response> {
  const fields = await readFields(request);
  if (!fields) return oauthError(400, 'invalid_request', 'The request body must be a JSON object.');
  const body = validate(fields);
  if (typeof body === 'string') return oauthError(400, 'invalid_request', body);
  if (body.grant_type !== 'authorization_code') {
    return oauthError(400, 'unsupported_grant_type', 'Only grant_type "authorization_code" is supported.');
  }
  const app = findApp(body.client_id);
  if (!app || app.clientSecret !== body.client_secret) {
    return oauthError(401, 'invalid_client', 'Client authentication failed: unknown client_id or wrong client_secret.');
  }
  const redemption = await redeemAuthorizationCode(body.code, { clientId: app.clientId, redirectUri: body.redirect_uri, context: body.context });
  if (!redemption.ok) return oauthError(400, 'invalid_grant', redemption.description);

  const { record } = redemption;
  const store = findStore(record.storeHash);
  if (!store) return oauthError(400, 'invalid_grant', 'The store of this authorization code no longer exists.');
  const accessToken = randomAlphanumeric(31);
  await registerAppToken({ accessToken, storeHash: store.hash, clientId: app.clientId, scopes: record.scopes });
  const person = { id: store.owner.id, username: store.owner.username, email: store.owner.email };
  return HttpResponse.json(
    {
      access_token: accessToken,
      scope: record.scope,
      user: person,
      owner: person,
      context: `stores/${store.hash}`,
      account_uuid: store.accountUuid,
    },
    { headers: noStore },
  );
}
