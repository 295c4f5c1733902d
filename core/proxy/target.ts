// What a proxied call asks for: /proxy/{connectionId}/{v2|v3}/{path}?{query}, read from the
// request line as the client sent it (before any decoding or dot-segment resolution), so that a
// path can only ever name something under the store's own /v2 or /v3.

export interface ProxyTarget {
  readonly connectionId: string;
  /** `v3/catalog/products`, as sent (still percent-encoded). */
  readonly path: string;
  /** `?page=2&limit=50` as sent, or ''. */
  readonly query: string;
}

export type TargetResult = { readonly ok: true; readonly target: ProxyTarget } | { readonly ok: false; readonly message: string };

const pathRule = 'The path after the connection ID must start with v2/ or v3/, as in /proxy/{connectionId}/v3/catalog/products.';

function refuse(message: string): TargetResult {
  return { ok: false, message };
}

function hasAny(text: string, bad: (code: number) => boolean): boolean {
  for (let index = 0; index < text.length; index += 1) if (bad(text.charCodeAt(index))) return true;
  return false;
}

function decodeSegment(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

/** `requestTarget` is the raw request-target (`/proxy/…?…`); '/proxy/' has been checked by the router. */
export function parseProxyTarget(requestTarget: string): TargetResult {
  const queryAt = requestTarget.indexOf('?');
  const rawPath = queryAt < 0 ? requestTarget : requestTarget.slice(0, queryAt);
  const query = queryAt < 0 ? '' : requestTarget.slice(queryAt);
  const match = /^\/proxy\/([^/]+)\/(.*)$/.exec(rawPath);
  if (!match) return refuse(`Name a connection and a BigCommerce path: /proxy/{connectionId}/v3/… . ${pathRule}`);
  const [, connectionId = '', path = ''] = match;
  if (hasAny(rawPath, (code) => code <= 0x20 || code === 0x7f || code === 0x5c) || hasAny(query, (code) => code < 0x20 || code === 0x7f)) return refuse('The address holds a space, a control character or a backslash: percent-encode it, or remove it.');
  if (/%(2f|5c)/i.test(rawPath)) return refuse('The path holds an encoded slash or backslash (%2F, %5C): BigCommerce paths do not need one.');
  if (/^[a-z][a-z0-9+.-]*:/i.test(path) || path.startsWith('/')) return refuse(`The path must be a BigCommerce path, not an address. ${pathRule}`);
  const segments = path.split('/');
  const decoded = segments.map(decodeSegment);
  if (decoded.some((segment) => segment === undefined)) return refuse('The path holds a broken percent-encoding (a % not followed by two hex digits).');
  if (decoded.some((segment) => segment === '.' || segment === '..')) return refuse('The path must not hold "." or ".." segments: name the BigCommerce path itself.');
  if (!/^v[23]$/.test(segments[0] ?? '') || segments.length < 2 || segments.slice(1).some((segment) => segment === '')) return refuse(pathRule);
  const id = decodeSegment(connectionId);
  if (id === undefined) return refuse('The connection ID holds a broken percent-encoding.');
  return { ok: true, target: { connectionId: id, path, query } };
}

/** The upstream address: {apiUrl}/stores/{storeHash}/{path}{query}. */
export function upstreamUrl(apiUrl: string, storeHash: string, target: ProxyTarget): string {
  return `${apiUrl.replace(/\/+$/, '')}/stores/${encodeURIComponent(storeHash)}/${target.path}${target.query}`;
}
