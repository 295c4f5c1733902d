// How a program calls BigCommerce through the server's proxy (docs/api.md, "The proxy"): the
// connection's page and a new API key show the same example call.

/** The example's call: the store's first five products. */
export const exampleProxyPath = 'v3/catalog/products?limit=5';

/** The shell variable the examples read the key from, so that no page shows a real secret twice. */
export const keyVariable = 'BCW_KEY';

/** `<origin>/proxy/<id>/`: where a program sends its BigCommerce calls for this connection. */
export function proxyUrl(origin: string, connectionId: string): string {
  return `${origin}/proxy/${encodeURIComponent(connectionId)}/`;
}

/** A curl line that lists five products; `key` is a secret, or `$BCW_KEY`. */
export function curlExample(origin: string, connectionId: string, key: string = `$${keyVariable}`): string {
  return `curl -H "Authorization: Bearer ${key}" "${proxyUrl(origin, connectionId)}${exampleProxyPath}"`;
}

/** The same call with fetch (Node 18 or later, or a browser), the key read from the environment. */
export function fetchExample(origin: string, connectionId: string): string {
  return [
    `const response = await fetch('${proxyUrl(origin, connectionId)}${exampleProxyPath}', {`,
    `  headers: { Authorization: \`Bearer \${process.env.${keyVariable}}\` },`,
    '});',
    'const { data, meta } = await response.json();',
  ].join('\n');
}
