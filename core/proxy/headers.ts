// Which headers cross the proxy. Everything else stays on its side: the caller's Authorization
// (our key), cookies, Host, X-Forwarded-*, hop-by-hop headers going up; BigCommerce's cookies and
// server headers coming back.

const sentUp = ['accept', 'content-type', 'if-match', 'if-none-match', 'if-modified-since', 'if-unmodified-since'];

const sentBack = [
  'content-type',
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

/**
 * The headers of BigCommerce's answer that go back. Its length goes back only when the body is
 * passed on as it came (fetch undoes a Content-Encoding, which changes the length).
 */
export function answerHeaders(upstream: Headers): Headers {
  const headers = new Headers();
  for (const name of sentBack) {
    const value = upstream.get(name);
    if (value !== null) headers.set(name, value);
  }
  const length = upstream.get('content-length');
  if (length !== null && upstream.get('content-encoding') === null) headers.set('content-length', length);
  return headers;
}

/** Methods a Read key may use. */
export const readMethods: ReadonlySet<string> = new Set(['GET', 'HEAD']);
