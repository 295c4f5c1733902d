// The token exchange: POST https://login.bigcommerce.com/oauth2/token (FACTS §4), with the
// OAuth 2.0 error bodies mapped to the callback's failure reasons.
import type { AuthorizationFailureReason } from '../../src/features/connections/schema';
import { authorizationMessages } from '../authorization/messages';
import type { BigCommerceClient } from './client';

export interface ExchangeRequest {
  readonly clientId: string;
  readonly clientSecret: string;
  readonly clientName: string;
  readonly code: string;
  readonly scope: string;
  readonly context: string;
  readonly redirectUri: string;
}

export interface GrantedToken {
  readonly accessToken: string;
  readonly scope: string;
  readonly context: string;
}

export type ExchangeOutcome =
  | { readonly ok: true; readonly token: GrantedToken }
  | { readonly ok: false; readonly reason: AuthorizationFailureReason; readonly message: string }
  | { readonly ok: false; readonly reason: 'cancelled' };

async function jsonOf(response: Response): Promise<Record<string, unknown> | undefined> {
  try {
    const body: unknown = await response.json();
    return typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

export async function exchangeCode(bigcommerce: BigCommerceClient, request: ExchangeRequest, signal: AbortSignal): Promise<ExchangeOutcome> {
  const body = {
    client_id: request.clientId,
    client_secret: request.clientSecret,
    code: request.code,
    scope: request.scope,
    grant_type: 'authorization_code',
    redirect_uri: request.redirectUri,
    context: request.context,
  };
  const init = { method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json' }, body: JSON.stringify(body) };
  const outcome = await bigcommerce.call(bigcommerce.tokenUrl, init, signal);
  switch (outcome.kind) {
    case 'cancelled':
      return { ok: false, reason: 'cancelled' };
    case 'timeout':
      return { ok: false, reason: 'unavailable', message: authorizationMessages.timeout(bigcommerce.timeoutMs()) };
    case 'network':
      return { ok: false, reason: 'unavailable', message: authorizationMessages.network };
  }
  const { response } = outcome;
  const json = await jsonOf(response);
  if (response.ok) {
    const accessToken = text(json?.access_token);
    const scope = text(json?.scope);
    const context = text(json?.context);
    if (!accessToken || scope === undefined || !context) return { ok: false, reason: 'unavailable', message: authorizationMessages.unreadable };
    return { ok: true, token: { accessToken, scope, context } };
  }
  const error = text(json?.error);
  if (response.status === 401 || error === 'invalid_client') {
    return { ok: false, reason: 'invalid_client', message: authorizationMessages.invalidClient(request.clientName) };
  }
  if (error === 'invalid_grant') return { ok: false, reason: 'invalid_grant', message: authorizationMessages.invalidGrant };
  const detail = error ? [error, text(json?.error_description)].filter(Boolean).join(': ') : undefined;
  return { ok: false, reason: 'unavailable', message: authorizationMessages.failed(response.status, detail) };
}
