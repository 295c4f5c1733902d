// @vitest-environment node
import { bigcommerceApiAccounts, bigcommerceDemoApp, PLUMTREE_STORE_HASH } from '../../fixtures/bigcommerce';
import { MAX_BODY_BYTES } from './index';
import { callStore, control, startHttpSimulator } from './testing';

const simulator = startHttpSimulator();
const token = bigcommerceApiAccounts[0]!.accessToken;

describe('the HTTP simulator: store API', () => {
  it('answers a demo token with the store and the rate-limit headers', async () => {
    const response = await callStore(simulator, PLUMTREE_STORE_HASH, '/v2/store', token);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toContain('application/json');
    expect(response.headers.get('X-Rate-Limit-Requests-Quota')).toBe('150');
    expect(response.headers.get('X-Rate-Limit-Requests-Left')).toBe('149');
    expect(response.headers.get('X-Rate-Limit-Time-Window-Ms')).toBe('30000');
    expect(await response.json()).toMatchObject({ id: PLUMTREE_STORE_HASH, name: 'Plumtree Outfitters' });
  });

  it('answers 401 without a token or with an unknown one, 403 for a missing scope', async () => {
    const none = await callStore(simulator, PLUMTREE_STORE_HASH, '/v2/store');
    expect(none.status).toBe(401);
    expect(await none.json()).toMatchObject({ status: 401, title: 'No credentials were supplied in the request.' });
    expect((await callStore(simulator, PLUMTREE_STORE_HASH, '/v2/store', 'not-a-token')).status).toBe(401);
    const scoped = await callStore(simulator, PLUMTREE_STORE_HASH, '/v2/store', bigcommerceApiAccounts[1]!.accessToken);
    expect(scoped.status).toBe(403);
    expect(scoped.headers.get('X-Rate-Limit-Requests-Left')).toBe('149');
  });

  it('answers 404 for an unknown store (v2 array) and for a path outside the simulator', async () => {
    const store = await callStore(simulator, 'abc123', '/v2/store', token);
    expect(store.status).toBe(404);
    expect(await store.json()).toEqual([{ status: 404, message: 'The requested resource was not found.' }]);
    expect((await fetch(`${simulator.url}/nothing/here`)).status).toBe(404);
  });

  it('answers 429 with X-Retry-After for ratelimit1, and 503 for outage5000', async () => {
    const limited = await callStore(simulator, 'ratelimit1', '/v2/store', token);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('X-Retry-After')).toBe('7');
    expect(limited.headers.get('X-Rate-Limit-Requests-Left')).toBe('0');
    expect((await callStore(simulator, 'outage5000', '/v3/catalog/summary', token)).status).toBe(503);
  });

  it('refuses a body over 64 kB with 413', async () => {
    const response = await fetch(`${simulator.url}/oauth2/token`, { method: 'POST', body: 'x'.repeat(MAX_BODY_BYTES + 1) });
    expect(response.status).toBe(413);
  });
});

describe('the HTTP simulator: test controls', () => {
  it('POST /__simulator/reset starts the quota window again', async () => {
    await callStore(simulator, PLUMTREE_STORE_HASH, '/v2/time', token);
    expect((await callStore(simulator, PLUMTREE_STORE_HASH, '/v2/time', token)).headers.get('X-Rate-Limit-Requests-Left')).toBe('148');
    expect((await control(simulator, '/__simulator/reset')).status).toBe(204);
    expect((await callStore(simulator, PLUMTREE_STORE_HASH, '/v2/time', token)).headers.get('X-Rate-Limit-Requests-Left')).toBe('149');
  });

  it("'hang' never answers until the caller gives up, and is lifted with null", async () => {
    expect((await control(simulator, '/__simulator/scenario', { scenario: 'hang' })).status).toBe(204);
    await expect(callStore(simulator, PLUMTREE_STORE_HASH, '/v2/store', token, { signal: AbortSignal.timeout(300) })).rejects.toThrow(/aborted|timeout/i);
    expect((await control(simulator, '/__simulator/scenario', { scenario: null })).status).toBe(204);
    expect((await callStore(simulator, PLUMTREE_STORE_HASH, '/v2/store', token)).status).toBe(200);
  });

  it("'network-error' drops the connection, for the API and the token endpoint", async () => {
    await control(simulator, '/__simulator/scenario', { scenario: 'network-error' });
    await expect(callStore(simulator, PLUMTREE_STORE_HASH, '/v2/store', token)).rejects.toThrow(TypeError);
    await expect(fetch(`${simulator.url}/oauth2/token`, { method: 'POST', body: '{}' })).rejects.toThrow(TypeError);
    // The pages the person's browser opens stay up, so a test can get a code and then fail the exchange.
    expect((await fetch(`${simulator.url}/app/${bigcommerceDemoApp.clientId}/install`)).status).toBe(200);
  });

  it('refuses an unknown scenario (400) and any method but POST (405)', async () => {
    const unknown = await control(simulator, '/__simulator/scenario', { scenario: 'slow' });
    expect(unknown.status).toBe(400);
    expect(await unknown.json()).toMatchObject({ error: expect.stringContaining('"hang"') });
    expect((await control(simulator, '/__simulator/scenario', 'not json')).status).toBe(400);
    const get = await fetch(`${simulator.url}/__simulator/reset`);
    expect(get.status).toBe(405);
    expect(get.headers.get('Allow')).toBe('POST');
  });
});
