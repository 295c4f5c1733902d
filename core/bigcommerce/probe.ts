// The connection test: what our backend asks BigCommerce, and how it reads the answers.
// GET /v2/store names the store and its plan; GET /v3/catalog/summary shows whether Products can
// be read, and after a 403 on /v2/store tells a missing scope from credentials that do not work.
// A success's `scopes` are the resources these two calls could read, as read-only scopes: no more
// is known (BigCommerce lists no token's scopes), and the app says so rather than "scopes found".
import { resourceNameOf, type TestResult } from '../../src/features/connections/schema';
import { storeApiHeaders, type BigCommerceClient, type CallOutcome } from './client';
import { nowIso } from '../clock';
import { testMessages, type CredentialKind } from './testMessages';

export interface StoreCredentials {
  readonly storeHash: string;
  readonly accessToken: string;
  readonly clientId?: string;
  readonly kind: CredentialKind;
}

/** A test result, or 'cancelled' when our own client went away before it finished. */
export type ProbeOutcome = TestResult | 'cancelled';

type Failure = Extract<TestResult, { ok: false }>;

const INFORMATION_SCOPE = 'store_v2_information_read_only';
const PRODUCTS_SCOPE = 'store_v2_products_read_only';

function uiName(scope: string): string {
  return resourceNameOf(scope) ?? scope;
}

function failure(reason: Failure['reason'], message: string, extra: Partial<Failure> = {}): Failure {
  return { ok: false, checkedAt: nowIso(), reason, message, ...extra };
}

function headerInt(response: Response, name: string): number | undefined {
  const value = response.headers.get(name);
  if (value === null || !/^\d+$/.test(value.trim())) return undefined;
  return Number.parseInt(value, 10);
}

function rateLimitOf(response: Response) {
  const quota = headerInt(response, 'X-Rate-Limit-Requests-Quota');
  const left = headerInt(response, 'X-Rate-Limit-Requests-Left');
  const windowMs = headerInt(response, 'X-Rate-Limit-Time-Window-Ms');
  return quota === undefined || left === undefined || windowMs === undefined ? undefined : { quota, left, windowMs };
}

/**
 * How long a 429 asks us to wait (FACTS §6): `X-Retry-After` in seconds, else what is left of the
 * window (`X-Rate-Limit-Time-Reset-Ms`); neither may come under platform load. Header names are
 * case-insensitive (Headers.get).
 */
export function retryAfterOf(response: Response): number | undefined {
  const seconds = headerInt(response, 'X-Retry-After');
  if (seconds !== undefined) return seconds;
  const resetMs = headerInt(response, 'X-Rate-Limit-Time-Reset-Ms');
  return resetMs === undefined ? undefined : Math.max(1, Math.ceil(resetMs / 1000));
}

/** The failure an answer other than 200 or 403 means. */
function failureOfResponse(response: Response, credentials: StoreCredentials): Failure {
  const { status } = response;
  if (status === 401) {
    const field = credentials.kind === 'basic' ? 'password' : credentials.kind === 'token' ? 'accessToken' : undefined;
    return failure('unauthorized', testMessages.unauthorized(credentials.kind, credentials.storeHash), field ? { field } : {});
  }
  if (status === 404) return failure('store_not_found', testMessages.storeNotFound(credentials.storeHash), { field: 'storeHash' });
  if (status === 429) {
    const retryAfterSeconds = retryAfterOf(response);
    return failure('rate_limited', testMessages.rateLimited(credentials.storeHash, retryAfterSeconds), retryAfterSeconds === undefined ? {} : { retryAfterSeconds });
  }
  if (status >= 500) return failure('unavailable', testMessages.unavailable(status));
  return failure('unavailable', testMessages.unexpected(status));
}

function failureOfCallWithin(outcome: Exclude<CallOutcome, { kind: 'response' | 'cancelled' }>, timeoutMs: number): Failure {
  return outcome.kind === 'timeout' ? failure('timeout', testMessages.timeout(timeoutMs)) : failure('network', testMessages.network());
}

async function storeInfoOf(response: Response): Promise<{ name: string; plan: string } | undefined> {
  try {
    const body: unknown = await response.json();
    if (typeof body !== 'object' || body === null) return undefined;
    const { name, plan_name: plan } = body as Record<string, unknown>;
    return typeof name === 'string' && typeof plan === 'string' ? { name, plan } : undefined;
  } catch {
    return undefined;
  }
}

/** Tests store credentials against BigCommerce. Never throws. */
export async function probeStore(bigcommerce: BigCommerceClient, credentials: StoreCredentials, signal: AbortSignal): Promise<ProbeOutcome> {
  const init = { method: 'GET', headers: storeApiHeaders(credentials.accessToken, credentials.clientId) };
  const get = (path: string) => bigcommerce.call(bigcommerce.storeApiUrl(credentials.storeHash, path), init, signal);
  const failureOfCall = (outcome: Exclude<CallOutcome, { kind: 'response' | 'cancelled' }>) => failureOfCallWithin(outcome, bigcommerce.timeoutMs());

  const store = await get('/v2/store');
  if (store.kind === 'cancelled') return 'cancelled';
  if (store.kind !== 'response') return failureOfCall(store);
  if (store.response.status !== 200 && store.response.status !== 403) return failureOfResponse(store.response, credentials);

  // Both outcomes of /v2/store need the catalog probe: for the scopes seen, or to tell a missing
  // scope (the catalog answers 200 or 403) from credentials BigCommerce refuses (401).
  const catalog = await get('/v3/catalog/summary');
  if (catalog.kind === 'cancelled') return 'cancelled';
  const catalogStatus = catalog.kind === 'response' ? catalog.response.status : undefined;

  if (store.response.status === 403) {
    if (catalog.kind !== 'response') return failureOfCall(catalog);
    if (catalogStatus !== 200 && catalogStatus !== 403) return failureOfResponse(catalog.response, credentials);
    const missing = { scope: INFORMATION_SCOPE, uiName: uiName(INFORMATION_SCOPE) };
    const readable = catalogStatus === 200 ? [uiName(PRODUCTS_SCOPE)] : [];
    return failure('missing_scope', testMessages.missingScope(credentials.kind, { ...missing, readable }), { missingScope: missing });
  }

  const info = await storeInfoOf(store.response);
  if (!info) return failure('unavailable', testMessages.unreadable());
  const scopes = catalogStatus === 200 ? [INFORMATION_SCOPE, PRODUCTS_SCOPE] : [INFORMATION_SCOPE];
  // The later answer has the fresher count of requests left.
  const rateLimit = (catalog.kind === 'response' ? rateLimitOf(catalog.response) : undefined) ?? rateLimitOf(store.response);
  return {
    ok: true,
    checkedAt: nowIso(),
    store: { hash: credentials.storeHash, name: info.name, plan: info.plan },
    scopes,
    ...(rateLimit ? { rateLimit } : {}),
  };
}
