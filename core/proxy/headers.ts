// Which headers cross the proxy. Everything else stays on its side: the caller's Authorization
// (our key), cookies, Host, X-Forwarded-*, hop-by-hop headers going up; BigCommerce's cookies and
// server headers coming back. Bodies pass as they are, so an encoding asked for and the one used
// travel with them.

const sentUp = ['accept', 'accept-encoding', 'content-type', 'if-match', 'if-none-match', 'if-modified-since', 'if-unmodified-since'];

const sentBack = [
  'content-type',
  'content-encoding',
  'content-length',
  'etag',
  'last-modified',
  'location',
  'x-rate-limit-requests-left',
  'x-rate-limit-requests-quota',
  'x-rate-limit-time-reset-ms',
  'x-rate-limit-time-window-ms',
  'x-retry-after',
];

/** The headers of the call to BigCommerce: the caller's that may go, and the connection's token. */
export function upstreamHeaders(incoming: Headers, accessToken: string): Headers {
  const headers = new Headers();
  for (const name of sentUp) {
    const value = incoming.get(name);
    if (value !== null) headers.set(name, value);
  }
  if (!headers.has('accept')) headers.set('accept', 'application/json');
  headers.set('x-auth-token', accessToken);
  return headers;
}

/** The headers of BigCommerce's answer that go back with its body, which passes as it came (still encoded). */
export function answerHeaders(upstream: Headers): Headers {
  const headers = new Headers();
  for (const name of sentBack) {
    const value = upstream.get(name);
    if (value !== null) headers.set(name, value);
  }
  return headers;
}

/** Methods a Read key may use. */
export const readMethods: ReadonlySet<string> = new Set(['GET', 'HEAD']);

/** Methods the proxy sends on (a Read key only the first two); any other is refused with 405. */
export const proxiedMethods: readonly string[] = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'];
