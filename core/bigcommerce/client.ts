// How our backend calls BigCommerce: a real fetch, bounded by a time limit and by the caller's
// own request. The base URLs are the backend's: the real hosts on the server (or the simulator
// served over HTTP), the simulated hosts that MSW answers in the embedded demo.

export const DEFAULT_BIGCOMMERCE_TIMEOUT_MS = 15_000;

export type CallOutcome =
  | { readonly kind: 'response'; readonly response: Response }
  /** No answer within the time limit. */
  | { readonly kind: 'timeout' }
  /** The request failed: host unreachable, connection reset. */
  | { readonly kind: 'network' }
  /** Our own client gave up (its request was aborted): nobody is waiting for an answer. */
  | { readonly kind: 'cancelled' };

export interface BigCommerceClient {
  /** fetch, never throwing: the outcome says what happened. */
  call(url: string, init: RequestInit, callerSignal: AbortSignal): Promise<CallOutcome>;
  storeApiUrl(storeHash: string, path: string): string;
  readonly tokenUrl: string;
  /** Where a merchant installs the app with this client ID (FACTS §4). */
  installUrl(clientId: string): string;
  timeoutMs(): number;
}

export interface BigCommerceEndpoints {
  /** https://api.bigcommerce.com */
  readonly apiUrl: string;
  /** https://login.bigcommerce.com */
  readonly loginUrl: string;
  readonly timeoutMs: () => number;
}

export const bigCommerceHosts = { apiUrl: 'https://api.bigcommerce.com', loginUrl: 'https://login.bigcommerce.com' } as const;

const withoutSlash = (url: string) => url.replace(/\/+$/, '');

export function createBigCommerceClient(endpoints: BigCommerceEndpoints): BigCommerceClient {
  const apiUrl = withoutSlash(endpoints.apiUrl);
  const loginUrl = withoutSlash(endpoints.loginUrl);
  return {
    async call(url, init, callerSignal) {
      const timeout = AbortSignal.timeout(endpoints.timeoutMs());
      try {
        const response = await fetch(url, { ...init, signal: AbortSignal.any([callerSignal, timeout]) });
        return { kind: 'response', response };
      } catch {
        if (callerSignal.aborted) return { kind: 'cancelled' };
        if (timeout.aborted) return { kind: 'timeout' };
        return { kind: 'network' };
      }
    },
    storeApiUrl: (storeHash, path) => `${apiUrl}/stores/${encodeURIComponent(storeHash)}${path}`,
    tokenUrl: `${loginUrl}/oauth2/token`,
    installUrl: (clientId) => `${loginUrl}/app/${encodeURIComponent(clientId)}/install`,
    timeoutMs: endpoints.timeoutMs,
  };
}

/** The headers of a store API call. X-Auth-Client is deprecated but harmless (FACTS §1). */
export function storeApiHeaders(accessToken: string, clientId?: string): Record<string, string> {
  return {
    Accept: 'application/json',
    'X-Auth-Token': accessToken,
    ...(clientId ? { 'X-Auth-Client': clientId } : {}),
  };
}
