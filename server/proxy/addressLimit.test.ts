// @vitest-environment node
// /api's per-address limit (RATE_LIMIT_PER_MINUTE) is not the proxy's: an address that has spent it
// on /api still gets through /proxy, which only its key's own limit bounds.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachDatabase } from '../testing/databases';
import { startFakeBigCommerce, type FakeBigCommerce } from '../testing/fakeBigCommerce';
import { startProxyHarness, type ProxyHarness } from '../testing/proxyHarness';

const ADDRESS_LIMIT = 4;

describeEachDatabase('the proxy and the per-address limit', (database) => {
  let bigcommerce: FakeBigCommerce;
  let harness: ProxyHarness;
  beforeEach(async () => {
    bigcommerce = await startFakeBigCommerce();
    harness = await startProxyHarness(database(), bigcommerce.url, { env: { RATE_LIMIT_PER_MINUTE: String(ADDRESS_LIMIT) } });
  });
  afterEach(async () => {
    await harness.close();
    await bigcommerce.close();
  });

  it(`lets calls through /proxy after this address spent its ${ADDRESS_LIMIT} a minute on /api`, async () => {
    const shop = await harness.saveTokenConnection('Shop');
    // The harness signed in and this makes a key: two of the address's requests on /api.
    const { secret } = await harness.createKey({ name: 'Program', connections: 'all', access: 'read' });
    const api = [];
    for (let index = 0; index < ADDRESS_LIMIT; index += 1) api.push((await harness.server.send('GET', '/api/session', { cookie: harness.cookie })).status);
    expect(api.slice(-2)).toEqual([429, 429]);
    const proxied = [];
    for (let index = 0; index < 2 * ADDRESS_LIMIT; index += 1) proxied.push((await harness.proxy(secret, `${shop}/v3/catalog/products`)).status);
    expect(proxied).toEqual(Array.from({ length: 2 * ADDRESS_LIMIT }, () => 200));
    expect(bigcommerce.requests).toHaveLength(2 * ADDRESS_LIMIT);
  });
});
