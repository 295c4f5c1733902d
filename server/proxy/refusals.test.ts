// @vitest-environment node
// The proxy's own refusals: the contract's error shape, X-Proxy-Error, and nothing sent to BigCommerce.
import type { IncomingHttpHeaders } from 'node:http';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { apiErrorSchema, connectionSchema } from '../../src/features/connections/schema';
import { nowIso } from '../../core/clock';
import { seedDemoClients } from '../simulate';
import { describeEachDatabase } from '../testing/databases';
import { startFakeBigCommerce, type FakeBigCommerce } from '../testing/fakeBigCommerce';
import { startProxyHarness, type ProxyHarness } from '../testing/proxyHarness';

let bigcommerce: FakeBigCommerce;
beforeEach(async () => {
  bigcommerce = await startFakeBigCommerce();
});
afterEach(async () => {
  await bigcommerce.close();
});

async function expectRefusal(response: Response, status: number, code: string): Promise<void> {
  const body = apiErrorSchema.parse(await response.json());
  expect([response.status, body.error.code, response.headers.get('X-Proxy-Error')]).toEqual([status, code, code]);
  expect(body.error.message.length).toBeGreaterThan(20);
}

describeEachDatabase('the proxy refuses, and sends nothing to BigCommerce,', (database) => {
  let harness: ProxyHarness;
  let shop: string;
  let other: string;
  beforeEach(async () => {
    harness = await startProxyHarness(database(), bigcommerce.url);
    shop = await harness.saveTokenConnection('Shop');
    other = await harness.saveTokenConnection('Other shop');
  });
  afterEach(async () => {
    expect(bigcommerce.requests).toEqual([]);
    await harness.close();
  });

  it('401 without a key, with an unknown one, a malformed one, and a revoked one', async () => {
    await expectRefusal(await harness.proxy(undefined, `${shop}/v3/catalog/products`), 401, 'unauthorized');
    await expectRefusal(await harness.proxy(`bcw_${'A'.repeat(43)}`, `${shop}/v3/catalog/products`), 401, 'unauthorized');
    await expectRefusal(await harness.proxy('not-a-key', `${shop}/v3/catalog/products`), 401, 'unauthorized');
    const { id, secret } = await harness.createKey({ name: 'Soon revoked', connections: 'all', access: 'read' });
    await harness.server.send('DELETE', `/api/api-keys/${id}`, { cookie: harness.cookie });
    await expectRefusal(await harness.proxy(secret, `${shop}/v3/catalog/products`), 401, 'unauthorized');
  });

  it('403 for a connection the key is not for, and for a write with a Read key', async () => {
    const { secret } = await harness.createKey({ name: 'Shop reader', connections: [shop], access: 'read' });
    await expectRefusal(await harness.proxy(secret, `${other}/v3/catalog/products`), 403, 'forbidden');
    await expectRefusal(await harness.proxy(secret, `no-such-connection/v3/catalog/products`), 403, 'forbidden');
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
      const body = method === 'DELETE' ? {} : { body: '{"name":"x"}', headers: { 'Content-Type': 'application/json' } };
      await expectRefusal(await harness.proxy(secret, `${shop}/v3/catalog/products/1`, { method, ...body }), 403, 'forbidden');
    }
  });

  it('404 for a connection that does not exist, or no longer does', async () => {
    const { secret } = await harness.createKey({ name: 'All', connections: 'all', access: 'write' });
    await expectRefusal(await harness.proxy(secret, 'no-such-connection/v3/catalog/products'), 404, 'not_found');
    const { secret: listed } = await harness.createKey({ name: 'Listed', connections: [other], access: 'read' });
    await harness.server.send('DELETE', `/api/connections/${other}`, { cookie: harness.cookie });
    await expectRefusal(await harness.proxy(listed, `${other}/v3/catalog/products`), 404, 'not_found');
  });

  it('409 for an OAuth 2.0 connection with no token yet, and for an uninstalled one, saying what to do', async () => {
    const { deps } = harness.server.running;
    await seedDemoClients(deps);
    const saved = await harness.server.send('POST', '/api/connections', {
      cookie: harness.cookie,
      body: { name: 'App', authType: 'oauth2', storeHash: 'x7kq2mfa9b', oauthClientId: 'demo-oauth-client', scopes: ['store_v2_products_read_only'] },
    });
    const app = connectionSchema.parse(await saved.json());
    const { secret } = await harness.createKey({ name: 'All', connections: 'all', access: 'read' });
    const unauthorized = await harness.proxy(secret, `${app.id}/v3/catalog/products`);
    expect(apiErrorSchema.parse(await unauthorized.clone().json()).error.message).toMatch(/not authorized yet.*Save & authorize/);
    await expectRefusal(unauthorized, 409, 'connection_unusable');

    await deps.connections.updateChecked(shop, (await deps.connections.find(shop))?.updatedAt ?? '', (current) => ({ ...current, status: { state: 'revoked', checkedAt: nowIso() } }), 'uninstall');
    const uninstalled = await harness.proxy(secret, `${shop}/v3/catalog/products`);
    expect(apiErrorSchema.parse(await uninstalled.clone().json()).error.message).toMatch(/uninstalled/);
    await expectRefusal(uninstalled, 409, 'connection_unusable');
  });

  it('400 for a path that is not under v2 or v3, climbs, hides a slash or names another site', async () => {
    const { secret } = await harness.createKey({ name: 'All', connections: 'all', access: 'write' });
    for (const path of ['v4/catalog', 'v3', 'catalog/products', 'v3/%2e%2e/%2e%2e/oauth2/token', 'v3/catalog%2Fproducts', 'https://evil.example/v3/x', 'v3/a%5Cb']) {
      await expectRefusal(await harness.proxy(secret, `${shop}/${path}`), 400, 'validation_failed');
    }
    const raw = await rawRequest(harness.server.url, `/proxy/${shop}/v3/../../api/connections`, secret);
    expect(raw.status).toBe(400);
    await expectRefusal(await harness.proxy(secret, `${shop}/v3/catalog/products`, { headers: { 'X-Proxy-Max-Wait': '121' } }), 400, 'validation_failed');
    await expectRefusal(await harness.proxy(secret, `${shop}/v3/catalog/products`, { headers: { 'X-Proxy-Max-Wait': 'soon' } }), 400, 'validation_failed');
  });

  it('405 with Allow for any method but GET, HEAD, POST, PUT, PATCH and DELETE, even with a Read and write key', async () => {
    const { secret } = await harness.createKey({ name: 'Writer', connections: 'all', access: 'write' });
    const refused = await harness.proxy(secret, `${shop}/v3/catalog/products`, { method: 'OPTIONS' });
    expect(refused.headers.get('Allow')).toBe('GET, HEAD, POST, PUT, PATCH, DELETE');
    await expectRefusal(refused, 405, 'method_not_allowed');
    // fetch cannot send these: as written on the wire.
    for (const method of ['TRACE', 'PROPFIND', 'PURGE']) {
      const raw = await rawRequest(harness.server.url, `/proxy/${shop}/v3/catalog/products`, secret, method);
      expect([raw.status, raw.headers['allow'], raw.headers['x-proxy-error']], method).toEqual([405, 'GET, HEAD, POST, PUT, PATCH, DELETE', 'method_not_allowed']);
      expect(apiErrorSchema.parse(JSON.parse(raw.body)).error.code).toBe('method_not_allowed');
    }
  });

  it('413 for a body over 10 MB, by its length or as it streams', async () => {
    const { secret } = await harness.createKey({ name: 'Writer', connections: 'all', access: 'write' });
    const big = new Uint8Array(10 * 1024 * 1024 + 1);
    await expectRefusal(await harness.proxy(secret, `${shop}/v3/catalog/products`, { method: 'POST', body: big }), 413, 'too_large');
    const streamed = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let index = 0; index < 11; index += 1) controller.enqueue(new Uint8Array(1024 * 1024));
        controller.close();
      },
    });
    const response = await harness.proxy(secret, `${shop}/v3/catalog/products`, { method: 'POST', body: streamed, duplex: 'half' } as RequestInit);
    await expectRefusal(response, 413, 'too_large');
  });
});

/** A request sent as written (fetch would resolve the dot segments first, and refuses some methods). */
async function rawRequest(serverUrl: string, target: string, secret: string, method = 'GET'): Promise<{ status: number; headers: IncomingHttpHeaders; body: string }> {
  const { request } = await import('node:http');
  const url = new URL(serverUrl);
  return new Promise((resolve, reject) => {
    const sent = request({ host: url.hostname, port: url.port, path: target, method, headers: { Authorization: `Bearer ${secret}` } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString() }));
    });
    sent.on('error', reject);
    sent.end();
  });
}
