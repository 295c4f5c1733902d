// What api.bigcommerce.com decides before any endpoint runs, in this order:
// unknown store (404) -> store outage (503) -> store rate-limited (429) -> credentials (401)
// -> quota (429). Only requests that pass the credentials check count against the quota.
import type { BigCommerceStoreFixture } from '../fixtures/bigcommerce';
import { findAccessGrant, findStore, type AccessGrant } from './auth';
import { errorText, notFound, v3Error, versionedError, type ApiVersion } from './errors';
import { rateLimitHeaders, storeQuota, takeRequest } from './quota';

export type GatewayResult =
  | { readonly ok: true; readonly store: BigCommerceStoreFixture; readonly grant: AccessGrant; readonly headers: Record<string, string> }
  | { readonly ok: false; readonly response: Response };

function refuse(response: Response): GatewayResult {
  return { ok: false, response };
}

export async function passGateway(request: Request, storeHash: string, version: ApiVersion): Promise<GatewayResult> {
  const store = findStore(storeHash);
  if (!store) return refuse(notFound(version));

  if (store.behaviour === 'outage') return refuse(versionedError(version, 503, errorText.unavailable));

  if (store.behaviour === 'rate-limited') {
    const retryAfter = store.retryAfterSeconds ?? 30;
    const headers = {
      ...rateLimitHeaders(storeQuota(store), 0, retryAfter * 1000),
      'X-Retry-After': String(retryAfter),
    };
    return refuse(v3Error(429, errorText.tooManyRequests, headers));
  }

  // Only X-Auth-Token counts: an Authorization header (Bearer or Basic) is ignored, as by BigCommerce.
  const token = request.headers.get('X-Auth-Token');
  if (!token) return refuse(v3Error(401, errorText.noCredentials));
  const grant = await findAccessGrant(token);
  if (!grant || grant.storeHash !== store.hash) return refuse(v3Error(401, errorText.invalidCredentials));

  const quota = takeRequest(store.hash, storeQuota(store));
  if (!quota.allowed) return refuse(v3Error(429, errorText.tooManyRequests, quota.headers));

  return { ok: true, store, grant, headers: quota.headers };
}
