// How our backend calls BigCommerce: a real fetch (the simulator's MSW handlers answer it, in
// the browser and in Node alike), bounded by a time limit and by the caller's own request.

export const DEFAULT_BIGCOMMERCE_TIMEOUT_MS = 15_000;
let timeoutMs = DEFAULT_BIGCOMMERCE_TIMEOUT_MS;

/** How long a call to BigCommerce may take; `null` restores the default (15 s). For tests. */
export function setBigCommerceTimeoutMs(ms: number | null): void {
  if (ms !== null && !(Number.isFinite(ms) && ms > 0)) {
    throw new Error(`The BigCommerce time limit must be a positive number of milliseconds (got ${String(ms)}).`);
  }
  timeoutMs = ms ?? DEFAULT_BIGCOMMERCE_TIMEOUT_MS;
}

export function bigCommerceTimeoutMs(): number {
  return timeoutMs;
}

export type CallOutcome =
  | { readonly kind: 'response'; readonly response: Response }
  /** No answer within the time limit. */
  | { readonly kind: 'timeout' }
  /** The request failed: host unreachable, connection reset. */
  | { readonly kind: 'network' }
  /** Our own client gave up (its request was aborted): nobody is waiting for an answer. */
  | { readonly kind: 'cancelled' };

/** fetch, never throwing: the outcome says what happened. */
export async function callBigCommerce(url: string, init: RequestInit, callerSignal: AbortSignal): Promise<CallOutcome> {
  const timeout = AbortSignal.timeout(timeoutMs);
  try {
    const response = await fetch(url, { ...init, signal: AbortSignal.any([callerSignal, timeout]) });
    return { kind: 'response', response };
  } catch {
    if (callerSignal.aborted) return { kind: 'cancelled' };
    if (timeout.aborted) return { kind: 'timeout' };
    return { kind: 'network' };
  }
}

export function storeApiUrl(storeHash: string, path: string): string {
  return `https://api.bigcommerce.com/stores/${encodeURIComponent(storeHash)}${path}`;
}

/** The headers of a store API call. X-Auth-Client is deprecated but harmless (FACTS §1). */
export function storeApiHeaders(accessToken: string, clientId?: string): Record<string, string> {
  return {
    Accept: 'application/json',
    'X-Auth-Token': accessToken,
    ...(clientId ? { 'X-Auth-Client': clientId } : {}),
  };
}
