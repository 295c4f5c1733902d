import { http, HttpResponse } from 'msw';
import { apiErrorSchema, testResponseSchema } from '../../src/features/connections/schema';
import { bigcommerceApiAccounts } from '../fixtures/bigcommerce';
import { setBigCommerceScenario } from '../bigcommerce';
import { server } from '../node';
import { setBigCommerceTimeoutMs } from './bigcommerceTimeout';
import { recordBigCommerceCalls } from './oauthTesting';
import { testMessages } from '../../core/bigcommerce/testMessages';
import { apiBackend, apiUrl, send, serverHeaders, setupMockBackend, tokenTestInput } from './testing';

setupMockBackend();

const [full, productsOnly] = bigcommerceApiAccounts;

async function testWith(body: Record<string, unknown>) {
  const response = await send('POST', '/connections/test', body);
  expect(response.status).toBe(200);
  return testResponseSchema.parse(await response.json()).result;
}

function basicTestInput(overrides: Record<string, unknown> = {}) {
  return { authType: 'basic', storeHash: full!.storeHash, username: full!.clientId, password: full!.accessToken, ...overrides };
}

/** BigCommerce's GET /v2/store, made to wait until the backend gives up on it: has it started, was it aborted? */
function watchStoreProbe() {
  let signal: AbortSignal | undefined;
  let aborted = false;
  if (apiBackend === 'embedded') {
    server.use(
      http.get('https://api.bigcommerce.com/stores/:hash/v2/store', ({ request }) =>
        new Promise<Response>((resolve) => {
          signal = request.signal;
          request.signal.addEventListener('abort', () => {
            aborted = true;
            resolve(HttpResponse.error());
          });
        }),
      ),
    );
  } else {
    // The server is in this process: its call to the simulator, told to hang, shows the signal it carries.
    setBigCommerceScenario('hang');
    const realFetch = globalThis.fetch;
    vi.spyOn(globalThis, 'fetch').mockImplementation((input, init) => {
      if (String(input instanceof Request ? input.url : input).includes('/v2/store')) signal = init?.signal ?? undefined;
      return realFetch(input, init);
    });
  }
  return { started: () => signal !== undefined, aborted: () => aborted || signal?.aborted === true };
}

describe('POST /api/connections/test', () => {
  it('Token: names the store and plan, the scopes seen and the quota, sending X-Auth-Token and X-Auth-Client', async () => {
    const calls = recordBigCommerceCalls();
    const result = await testWith(tokenTestInput());
    expect(result).toEqual({
      ok: true,
      checkedAt: expect.any(String),
      store: { hash: 'x7kq2mfa9b', name: 'Plumtree Outfitters', plan: 'Plus' },
      scopes: ['store_v2_information_read_only', 'store_v2_products_read_only'],
      rateLimit: { quota: 150, left: 148, windowMs: 30000 },
    });
    expect(calls.map((call) => call.url)).toEqual([
      'https://api.bigcommerce.com/stores/x7kq2mfa9b/v2/store',
      'https://api.bigcommerce.com/stores/x7kq2mfa9b/v3/catalog/summary',
    ]);
    expect(calls[0]!.headers.get('X-Auth-Token')).toBe(full!.accessToken);
    expect(calls[0]!.headers.get('X-Auth-Client')).toBe(full!.clientId);
  });

  it('Basic: sends the password as X-Auth-Token and the username as X-Auth-Client', async () => {
    const calls = recordBigCommerceCalls();
    const result = await testWith(basicTestInput());
    expect(result).toMatchObject({ ok: true, store: { name: 'Plumtree Outfitters', plan: 'Plus' } });
    expect(calls[0]!.headers.get('X-Auth-Token')).toBe(full!.accessToken);
    expect(calls[0]!.headers.get('X-Auth-Client')).toBe(full!.clientId);
    expect(calls[0]!.headers.get('Authorization')).toBeNull();
  });

  it('Products-only account: missing_scope naming store_v2_information_read_only and its UI name', async () => {
    const result = await testWith(tokenTestInput({ accessToken: productsOnly!.accessToken, clientId: productsOnly!.clientId }));
    expect(result).toMatchObject({
      ok: false,
      reason: 'missing_scope',
      missingScope: { scope: 'store_v2_information_read_only', uiName: 'Information & Settings' },
    });
    expect(result.ok || result.field).toBeUndefined();
    expect(result.ok || result.message).toBe(
      testMessages.missingScope('token', { scope: 'store_v2_information_read_only', uiName: 'Information & Settings', readable: ['Products'] }),
    );
    expect(result.ok || result.message).toContain('It can read Products.');
  });

  it('wrong access token: unauthorized on the Access token field (Token) or the Password field (Basic)', async () => {
    const token = await testWith(tokenTestInput({ accessToken: 'wrongtoken123' }));
    expect(token).toMatchObject({ ok: false, reason: 'unauthorized', field: 'accessToken' });
    expect(token.ok || token.message).toBe(
      'BigCommerce refused this access token for store x7kq2mfa9b. Check you copied the access token of an API account of this store.',
    );
    const basic = await testWith(basicTestInput({ password: 'wrongtoken123' }));
    expect(basic).toMatchObject({ ok: false, reason: 'unauthorized', field: 'password', message: expect.stringContaining('password') });
  });

  it('unknown store hash: store_not_found on the Store hash field, saying where to find the hash', async () => {
    const result = await testWith(tokenTestInput({ storeHash: 'nosuchstore' }));
    expect(result).toMatchObject({ ok: false, reason: 'store_not_found', field: 'storeHash' });
    expect(result.ok || result.message).toContain('"nosuchstore"');
    expect(result.ok || result.message).toContain('https://api.bigcommerce.com/stores/abc123/v3/');
  });

  it('Busy Bee Goods (ratelimit1): rate_limited with retryAfterSeconds 7', async () => {
    const result = await testWith(tokenTestInput({ storeHash: 'ratelimit1' }));
    expect(result).toMatchObject({ ok: false, reason: 'rate_limited', retryAfterSeconds: 7, message: expect.stringContaining('Wait 7 seconds') });
  });

  it('Down Time Ltd (outage5000): unavailable', async () => {
    const result = await testWith(tokenTestInput({ storeHash: 'outage5000' }));
    expect(result).toMatchObject({ ok: false, reason: 'unavailable', message: testMessages.unavailable(503) });
  });

  it('timeout: BigCommerce hangs past the time limit', async () => {
    setBigCommerceTimeoutMs(50);
    setBigCommerceScenario('hang');
    const started = Date.now();
    const result = await testWith(tokenTestInput());
    expect(result).toMatchObject({ ok: false, reason: 'timeout', message: testMessages.timeout(50) });
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('network: BigCommerce cannot be reached', async () => {
    setBigCommerceScenario('network-error');
    const result = await testWith(tokenTestInput());
    expect(result).toMatchObject({ ok: false, reason: 'network', message: testMessages.network() });
  });

  it('a cancelled client request aborts the probe', async () => {
    const probe = watchStoreProbe();
    const client = new AbortController();
    const pending = fetch(apiUrl('/connections/test'), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...serverHeaders() },
      body: JSON.stringify(tokenTestInput()),
      signal: client.signal,
    });
    await vi.waitFor(() => expect(probe.started()).toBe(true));
    client.abort();
    await expect(pending).rejects.toThrow();
    await vi.waitFor(() => expect(probe.aborted()).toBe(true));
  });

  it('answers 422 to an OAuth 2.0 body: only Basic and Token credentials are tested as typed', async () => {
    const response = await send('POST', '/connections/test', { authType: 'oauth2', storeHash: 'x7kq2mfa9b' });
    expect(response.status).toBe(422);
    expect(apiErrorSchema.parse(await response.json()).error.code).toBe('validation_failed');
  });
});
