// @vitest-environment node
// What the proxy sends to BigCommerce and what it sends back; retries; the connection's status;
// its log line; usage and "last used".
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { apiErrorSchema, apiKeyListSchema, connectionSchema, connectionUsageResponseSchema, statusHistorySchema } from '../../src/features/connections/schema';
import { describeEachDatabase } from '../testing/databases';
import { answerOk, rateLimitHeaders, startFakeBigCommerce, type FakeAnswer, type FakeBigCommerce } from '../testing/fakeBigCommerce';
import { startProxyHarness, testAccessToken, type ProxyHarness } from '../testing/proxyHarness';

let bigcommerce: FakeBigCommerce;
beforeEach(async () => {
  bigcommerce = await startFakeBigCommerce();
});
afterEach(async () => {
  await bigcommerce.close();
});

/** Answers each request with the next of `answers` (the last one from then on). */
function inTurn(...answers: FakeAnswer[]): FakeAnswer {
  let index = 0;
  return (request, response) => answers[Math.min(index++, answers.length - 1)]?.(request, response);
}
const status = (code: number, headers: Record<string, string> = {}): FakeAnswer => (_request, response) => {
  response.writeHead(code, { 'Content-Type': 'application/json', ...headers });
  response.end(JSON.stringify({ status: code, title: `HTTP ${code}`, type: 'https://developer.bigcommerce.com/api-docs/getting-started/api-status-codes', errors: {} }));
};
const tooMany = (resetMs: number) => status(429, { ...rateLimitHeaders(0, { resetMs }), 'X-Retry-After': String(Math.ceil(resetMs / 1000)) });

describeEachDatabase('the proxy', (database) => {
  let harness: ProxyHarness;
  let shop: string;
  let secret: string;
  beforeEach(async () => {
    harness = await startProxyHarness(database(), bigcommerce.url, { proxyTimeoutMs: 500, env: { PROXY_KEY_LIMIT_PER_MINUTE: '8' } });
    shop = await harness.saveTokenConnection('Shop');
    ({ secret } = await harness.createKey({ name: 'Program', connections: 'all', access: 'write' }));
  });
  afterEach(async () => {
    await harness.close();
  });
  const usage = async () => connectionUsageResponseSchema.parse(await (await harness.server.send('GET', `/api/connections/${shop}/usage`, { cookie: harness.cookie })).json()).usage;
  const connection = async () => connectionSchema.parse(await (await harness.server.send('GET', `/api/connections/${shop}`, { cookie: harness.cookie })).json());

  it("sends the call to the store with the connection's token and only the caller's safe headers; sends the answer back unchanged", async () => {
    bigcommerce.answer((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'application/json', ETag: '"p1"', 'Set-Cookie': 'bc=1', ...rateLimitHeaders(148) });
      response.end('{"data":[{"id":1}],"meta":{"pagination":{"total":1}}}');
    });
    const answer = await harness.proxy(secret, `${shop}/v3/catalog/products?page=2&limit=5&keyword=a%20b`, {
      headers: { Cookie: 'bc_wizard_session=abc', 'X-Forwarded-For': '10.9.9.9', 'If-None-Match': '"p0"', Origin: 'https://elsewhere.example' },
    });
    expect(answer.status).toBe(200);
    expect(await answer.text()).toBe('{"data":[{"id":1}],"meta":{"pagination":{"total":1}}}');
    expect([answer.headers.get('ETag'), answer.headers.get('X-Rate-Limit-Requests-Left'), answer.headers.get('Set-Cookie'), answer.headers.get('X-Proxy-Error')]).toEqual(['"p1"', '148', null, null]);
    const [sent] = bigcommerce.requests;
    expect(sent?.url).toBe('/stores/x7kq2mfa9b/v3/catalog/products?page=2&limit=5&keyword=a%20b');
    expect(sent?.headers['x-auth-token']).toBe(testAccessToken);
    expect(sent?.headers['if-none-match']).toBe('"p0"');
    for (const name of ['authorization', 'cookie', 'x-forwarded-for', 'origin']) expect(sent?.headers[name], name).toBeUndefined();
  });

  it('passes an encoded answer on as it came, and a HEAD with its headers only', async () => {
    const json = '{"data":[{"id":1,"name":"Kettle"}]}';
    bigcommerce.answer((request, response) => {
      const gzip = String(request.headers['accept-encoding'] ?? '').includes('gzip');
      const body = gzip ? gzipSync(json) : Buffer.from(json);
      response.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': String(body.length), ...(gzip ? { 'Content-Encoding': 'gzip' } : {}) });
      response.end(request.method === 'HEAD' ? undefined : body);
    });
    const answer = await harness.proxy(secret, `${shop}/v3/catalog/products`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect([answer.headers.get('Content-Encoding'), answer.headers.get('Content-Length')]).toEqual(['gzip', String(gzipSync(json).length)]);
    expect(await answer.text()).toBe(json);
    const head = await harness.proxy(secret, `${shop}/v3/catalog/products`, { method: 'HEAD' });
    expect([head.status, head.headers.get('Content-Type'), await head.text()]).toEqual([200, 'application/json', '']);
  });

  it('sends a body up whole, small or large (the large one from a temporary file)', async () => {
    const small = JSON.stringify({ name: 'Renamed', price: 12.5 });
    expect((await harness.proxy(secret, `${shop}/v3/catalog/products/7`, { method: 'PUT', body: small, headers: { 'Content-Type': 'application/json' } })).status).toBe(200);
    const large = Buffer.alloc(3 * 1024 * 1024 + 17, 'x');
    expect((await harness.proxy(secret, `${shop}/v3/catalog/products`, { method: 'POST', body: large })).status).toBe(200);
    expect(bigcommerce.requests.map((request) => [request.method, request.body.length, request.headers['content-type']])).toEqual([
      ['PUT', small.length, 'application/json'],
      ['POST', large.length, undefined],
    ]);
    expect(bigcommerce.requests[0]?.body.toString()).toBe(small);
  });

  it('marks the connection offline at once when BigCommerce refuses its token, and online again after a success', async () => {
    bigcommerce.answer(status(401));
    expect((await harness.proxy(secret, `${shop}/v3/catalog/products`)).status).toBe(401);
    expect((await connection()).status).toMatchObject({ state: 'offline', code: 'unauthorized', reason: expect.stringContaining('refused this access token') });
    bigcommerce.answer(answerOk);
    expect((await harness.proxy(secret, `${shop}/v2/orders`)).status).toBe(200);
    expect((await connection()).status).toMatchObject({ state: 'online' });
    // Both changes went through the one place every status change goes through: its history.
    const history = statusHistorySchema.parse(await (await harness.server.send('GET', `/api/connections/${shop}/history`, { cookie: harness.cookie })).json());
    expect(history.changes.slice(0, 2).map((change) => [change.to.state, change.to.code ?? null, change.source])).toEqual([
      ['online', null, 'proxy'],
      ['offline', 'unauthorized', 'proxy'],
    ]);
  });

  it('sends a call again after a 429, whatever its method, and the caller never sees it', async () => {
    bigcommerce.answer(inTurn(tooMany(150), answerOk, tooMany(150), answerOk));
    expect((await harness.proxy(secret, `${shop}/v3/catalog/products`)).status).toBe(200);
    expect((await harness.proxy(secret, `${shop}/v3/catalog/products`, { method: 'POST', body: '{"name":"A"}' })).status).toBe(200);
    expect(bigcommerce.requests.map((request) => request.method)).toEqual(['GET', 'GET', 'POST', 'POST']);
    expect(bigcommerce.requests[3]?.body.toString()).toBe('{"name":"A"}');
    expect(await usage()).toMatchObject({ calls: 2, absorbed429: 2, passed429: 0 });
  });

  it("passes BigCommerce's 429 on when it cannot be waited out within X-Proxy-Max-Wait", async () => {
    bigcommerce.answer(tooMany(5000));
    const answer = await harness.proxy(secret, `${shop}/v3/catalog/products`, { headers: { 'X-Proxy-Max-Wait': '1' } });
    expect([answer.status, answer.headers.get('X-Proxy-Error'), answer.headers.get('X-Retry-After')]).toEqual([429, null, '5']);
    // The store's quota is spent for 5 s: the next call is refused by the proxy itself, at once.
    const next = await harness.proxy(secret, `${shop}/v3/catalog/products`, { headers: { 'X-Proxy-Max-Wait': '1' } });
    expect([next.status, next.headers.get('X-Proxy-Error')]).toEqual([429, 'rate_limited']);
    expect(Number(next.headers.get('Retry-After'))).toBeOneOf([5, 6]);
    expect(bigcommerce.requests).toHaveLength(1);
    // Both reached the caller as 429s: BigCommerce's, and the proxy's own.
    expect(await usage()).toMatchObject({ calls: 2, passed429: 2 });
  });

  it('sends a read again after a 5xx, at most twice; a write never', async () => {
    bigcommerce.answer(inTurn(status(503), status(502), answerOk));
    expect((await harness.proxy(secret, `${shop}/v3/catalog/products`)).status).toBe(200);
    bigcommerce.answer(status(503));
    expect((await harness.proxy(secret, `${shop}/v3/catalog/products`)).status).toBe(503);
    expect((await harness.proxy(secret, `${shop}/v3/catalog/products`, { method: 'POST', body: '{}' })).status).toBe(503);
    expect(bigcommerce.requests.map((request) => request.method)).toEqual(['GET', 'GET', 'GET', 'GET', 'GET', 'GET', 'POST']);
    expect(await usage()).toMatchObject({ calls: 3, errors: 2 });
  });

  it('sends a read again when BigCommerce drops the connection or does not answer in time; a write never', async () => {
    const drop: FakeAnswer = (_request, response) => void response.socket?.destroy();
    const silent: FakeAnswer = () => undefined;
    bigcommerce.answer(inTurn(drop, silent, answerOk));
    expect((await harness.proxy(secret, `${shop}/v3/catalog/products`)).status).toBe(200);
    bigcommerce.answer(drop);
    const gone = await harness.proxy(secret, `${shop}/v3/catalog/products/1`, { method: 'DELETE' });
    expect([gone.status, gone.headers.get('X-Proxy-Error')]).toEqual([502, 'bad_gateway']);
    expect(bigcommerce.requests.map((request) => request.method)).toEqual(['GET', 'GET', 'GET', 'DELETE']);
    expect(await usage()).toMatchObject({ calls: 2, errors: 1 });
  });

  it('answers 504 when BigCommerce does not answer in time, and 502 when it cannot be reached', async () => {
    bigcommerce.answer(() => undefined);
    const slow = await harness.proxy(secret, `${shop}/v3/catalog/products`, { method: 'POST', body: '{}' });
    expect([slow.status, slow.headers.get('X-Proxy-Error')]).toEqual([504, 'timeout']);
    await bigcommerce.close();
    const gone = await harness.proxy(secret, `${shop}/v3/catalog/products`, { method: 'DELETE' });
    expect([gone.status, gone.headers.get('X-Proxy-Error')]).toEqual([502, 'bad_gateway']);
  });

  it("limits each key's calls per minute (PROXY_KEY_LIMIT_PER_MINUTE), whatever the address", async () => {
    const statuses = [];
    for (let index = 0; index < 9; index += 1) statuses.push((await harness.proxy(secret, `${shop}/v3/catalog/products`)).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 200, 200, 429]);
    const refused = await harness.proxy(secret, `${shop}/v3/catalog/products`);
    expect(apiErrorSchema.parse(await refused.json()).error.code).toBe('rate_limited');
    expect(Number(refused.headers.get('Retry-After'))).toBeGreaterThan(0);
    // The key's own refusals are 429s its caller got: counted in the connection's usage.
    expect(await usage()).toMatchObject({ calls: 10, passed429: 2 });
    const { secret: another } = await harness.createKey({ name: 'Another', connections: 'all', access: 'read' });
    expect((await harness.proxy(another, `${shop}/v3/catalog/products`)).status).toBe(200);
  });

  it('logs one line per call, without the key, the token or the query; counts usage and "last used"', async () => {
    const before = harness.server.log.lines.length;
    await harness.proxy(secret, `${shop}/v3/catalog/products?keyword=private-term`);
    const lines = harness.server.log.lines.slice(before).map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.filter((line) => line.message === 'proxy_call')).toEqual([
      expect.objectContaining({ key_id: expect.any(String), connection_id: shop, method: 'GET', path: 'v3/catalog/products', status: 200, duration_ms: expect.any(Number), wait_ms: 0, attempts: 1 }),
    ]);
    expect(lines.filter((line) => line.message === 'request')).toEqual([]);
    const logged = harness.server.log.lines.join('\n');
    for (const leak of [secret, secret.slice(4), testAccessToken, 'private-term']) expect(logged).not.toContain(leak);
    expect(await usage()).toMatchObject({ calls: 1, waited: 0, errors: 0 });
    const { keys } = apiKeyListSchema.parse(await (await harness.server.send('GET', '/api/api-keys', { cookie: harness.cookie })).json());
    expect(keys.find((key) => key.name === 'Program')?.lastUsedAt).toEqual(expect.any(String));
  });
});
