import { bigcommerceApiAccounts, BUSY_BEE_STORE_HASH, DOWN_TIME_STORE_HASH, PLUMTREE_STORE_HASH } from '../fixtures/bigcommerce';
import { ERROR_TYPE_URL, errorText, setSimulatorQuota } from './index';
import { callStore, startSimulator } from './testServer';

const [fullAccount, productsOnly] = bigcommerceApiAccounts;
const fullToken = fullAccount!.accessToken;
const productsToken = productsOnly!.accessToken;
const simulator = startSimulator();

async function spend(count: number, token = fullToken): Promise<Response[]> {
  const responses: Response[] = [];
  for (let i = 0; i < count; i += 1) responses.push(await callStore(PLUMTREE_STORE_HASH, '/v2/time', token));
  return responses;
}

describe('the per-store quota of 150 requests per 30-second window (Plus plan)', () => {
  it('serves 150 requests, refuses the 151st with 429 and X-Retry-After, and resets after 30 s', async () => {
    const served = await spend(150);
    expect(served.every((response) => response.status === 200)).toBe(true);
    expect(served.at(-1)!.headers.get('X-Rate-Limit-Requests-Left')).toBe('0');

    simulator.advance(12_500);
    const refused = await callStore(PLUMTREE_STORE_HASH, '/v2/store', fullToken);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('X-Retry-After')).toBe('18');
    expect(refused.headers.get('X-Rate-Limit-Requests-Left')).toBe('0');
    expect(refused.headers.get('X-Rate-Limit-Requests-Quota')).toBe('150');
    expect(refused.headers.get('X-Rate-Limit-Time-Reset-Ms')).toBe('17500');
    expect(await refused.json()).toEqual({ status: 429, title: errorText.tooManyRequests, type: ERROR_TYPE_URL, errors: {} });

    simulator.advance(17_499);
    expect((await callStore(PLUMTREE_STORE_HASH, '/v2/time', fullToken)).status).toBe(429);

    simulator.advance(1);
    const fresh = await callStore(PLUMTREE_STORE_HASH, '/v2/store', fullToken);
    expect(fresh.status).toBe(200);
    expect(fresh.headers.get('X-Rate-Limit-Requests-Left')).toBe('149');
    expect(fresh.headers.get('X-Rate-Limit-Time-Reset-Ms')).toBe('30000');
  });

  it('gives X-Retry-After 30 when the quota runs out at the start of a window', async () => {
    await spend(150);
    const refused = await callStore(PLUMTREE_STORE_HASH, '/v3/catalog/summary', fullToken);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('X-Retry-After')).toBe('30');
  });

  it('is shared by all API accounts of the store', async () => {
    await spend(100, fullToken);
    await spend(50, productsToken);
    const refused = await callStore(PLUMTREE_STORE_HASH, '/v3/catalog/summary', productsToken);
    expect(refused.status).toBe(429);
  });
});

describe('setSimulatorQuota (SIMULATOR_QUOTA): one quota and window for every store', () => {
  afterEach(() => setSimulatorQuota(undefined));

  it('counts 3 requests per 1000 ms window instead of the plan, with the headers to match', async () => {
    setSimulatorQuota({ requests: 3, windowMs: 1000 });
    const served = await spend(3);
    expect(served.map((response) => response.headers.get('X-Rate-Limit-Requests-Left'))).toEqual(['2', '1', '0']);
    expect(served[0]!.headers.get('X-Rate-Limit-Requests-Quota')).toBe('3');
    expect(served[0]!.headers.get('X-Rate-Limit-Time-Window-Ms')).toBe('1000');

    simulator.advance(400);
    const refused = await callStore(PLUMTREE_STORE_HASH, '/v2/time', fullToken);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('X-Rate-Limit-Time-Reset-Ms')).toBe('600');
    expect(refused.headers.get('X-Retry-After')).toBe('1');

    simulator.advance(600);
    expect((await callStore(PLUMTREE_STORE_HASH, '/v2/time', fullToken)).headers.get('X-Rate-Limit-Requests-Left')).toBe('2');
  });

  it('goes back to the plan (150 per 30 s) when lifted, with fresh windows', async () => {
    setSimulatorQuota({ requests: 3, windowMs: 1000 });
    await spend(3);
    setSimulatorQuota(undefined);
    const response = await callStore(PLUMTREE_STORE_HASH, '/v2/time', fullToken);
    expect(response.headers.get('X-Rate-Limit-Requests-Left')).toBe('149');
    expect(response.headers.get('X-Rate-Limit-Time-Window-Ms')).toBe('30000');
  });
});

describe('Busy Bee Goods (ratelimit1)', () => {
  it('answers every call 429 with X-Retry-After: 7, whatever the path, token or time', async () => {
    const first = await callStore(BUSY_BEE_STORE_HASH, '/v2/store', fullToken);
    simulator.advance(60_000);
    const noToken = await callStore(BUSY_BEE_STORE_HASH, '/v3/catalog/summary');
    const time = await callStore(BUSY_BEE_STORE_HASH, '/v2/time', 'anything');

    for (const response of [first, noToken, time]) {
      expect(response.status).toBe(429);
      expect(response.headers.get('X-Retry-After')).toBe('7');
      expect(response.headers.get('X-Rate-Limit-Requests-Left')).toBe('0');
      expect(response.headers.get('X-Rate-Limit-Time-Reset-Ms')).toBe('7000');
    }
    expect(await first.json()).toMatchObject({ status: 429, title: errorText.tooManyRequests });
  });
});

describe('Down Time Ltd (outage5000)', () => {
  it('answers every call 503, in the body shape of the API version', async () => {
    const v2 = await callStore(DOWN_TIME_STORE_HASH, '/v2/store', fullToken);
    const v3 = await callStore(DOWN_TIME_STORE_HASH, '/v3/catalog/summary');
    const time = await callStore(DOWN_TIME_STORE_HASH, '/v2/time', 'anything');

    expect([v2.status, v3.status, time.status]).toEqual([503, 503, 503]);
    expect(await v2.json()).toEqual([{ status: 503, message: errorText.unavailable }]);
    expect(await v3.json()).toEqual({ status: 503, title: errorText.unavailable, type: ERROR_TYPE_URL, errors: {} });
    expect(v2.headers.get('X-Rate-Limit-Requests-Left')).toBeNull();
  });
});
