import { bigcommerceApiAccounts, PLUMTREE_STORE_HASH } from '../fixtures/bigcommerce';
import { ERROR_TYPE_URL, errorText } from './index';
import { callStore, START, startSimulator } from './testServer';

const [fullAccount, productsOnly] = bigcommerceApiAccounts;
const fullToken = fullAccount!.accessToken;
const productsToken = productsOnly!.accessToken;
const scopeRefusal = { status: 403, title: "You don't have a required scope to access the endpoint", type: ERROR_TYPE_URL, errors: {} };

const startedClock = startSimulator();

describe('a working store (Plumtree Outfitters)', () => {
  it('answers GET /v2/store with the store information and rate-limit headers', async () => {
    const response = await callStore(PLUMTREE_STORE_HASH, '/v2/store', fullToken);

    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toContain('application/json');
    expect(response.headers.get('X-Rate-Limit-Time-Window-Ms')).toBe('30000');
    expect(response.headers.get('X-Rate-Limit-Time-Reset-Ms')).toBe('30000');
    expect(response.headers.get('X-Rate-Limit-Requests-Quota')).toBe('150');
    expect(response.headers.get('X-Rate-Limit-Requests-Left')).toBe('149');
    expect(response.headers.get('X-Retry-After')).toBeNull();
    const store = await response.json();
    expect(store).toMatchObject({
      id: 'x7kq2mfa9b',
      name: 'Plumtree Outfitters',
      plan_name: 'Plus',
      plan_level: 'Plus',
      plan_is_trial: false,
      status: 'live',
      control_panel_base_url: 'https://store-x7kq2mfa9b.mybigcommerce.com',
      secure_url: 'https://plumtree-outfitters.example',
      account_uuid: expect.stringMatching(/^[0-9a-f-]{36}$/),
      store_id: expect.any(Number),
      timezone: expect.objectContaining({ name: 'America/Los_Angeles', raw_offset: -28800 }),
      features: expect.objectContaining({ stencil_enabled: true }),
    });
    for (const field of ['domain', 'first_name', 'last_name', 'address', 'country', 'country_code', 'phone', 'admin_email',
      'order_email', 'language', 'currency', 'weight_units', 'dimension_units', 'industry', 'logo', 'is_price_entered_with_tax',
      'default_channel_id', 'default_site_id']) {
      expect(store).toHaveProperty(field);
    }
  });

  it('counts the quota down and the reset time with the clock', async () => {
    const { advance } = startedClock;
    const left: Array<string | null> = [];
    for (let i = 0; i < 3; i += 1) {
      const response = await callStore(PLUMTREE_STORE_HASH, '/v2/time', fullToken);
      left.push(response.headers.get('X-Rate-Limit-Requests-Left'));
    }
    advance(4_500);
    const later = await callStore(PLUMTREE_STORE_HASH, '/v2/time', fullToken);

    expect(left).toEqual(['149', '148', '147']);
    expect(later.headers.get('X-Rate-Limit-Requests-Left')).toBe('146');
    expect(later.headers.get('X-Rate-Limit-Time-Reset-Ms')).toBe('25500');
  });

  it('answers GET /v2/time with the simulator clock in Unix seconds', async () => {
    const response = await callStore(PLUMTREE_STORE_HASH, '/v2/time', fullToken);
    expect(await response.json()).toEqual({ time: START / 1000 });
  });

  it('answers GET /v3/catalog/summary and /v3/settings/store/profile in the v3 envelope', async () => {
    const summary = await callStore(PLUMTREE_STORE_HASH, '/v3/catalog/summary', fullToken);
    const profile = await callStore(PLUMTREE_STORE_HASH, '/v3/settings/store/profile', fullToken);

    expect(summary.status).toBe(200);
    const summaryBody = await summary.json();
    expect(summaryBody.meta).toEqual({});
    expect(summaryBody.data).toMatchObject({ variant_count: 487, primary_category_name: 'Tents & Shelters' });
    expect(typeof summaryBody.data.lowest_variant_price).toBe('string');
    expect(profile.status).toBe(200);
    expect((await profile.json()).data).toMatchObject({ store_name: 'Plumtree Outfitters', store_address_type: 'Commercial' });
  });
});

describe('credentials and scopes', () => {
  it('answers 401 without X-Auth-Token, and does not count the request', async () => {
    const response = await callStore(PLUMTREE_STORE_HASH, '/v3/catalog/summary');

    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ status: 401, title: errorText.noCredentials, type: ERROR_TYPE_URL, errors: {} });
    expect(response.headers.get('X-Rate-Limit-Requests-Left')).toBeNull();
    const next = await callStore(PLUMTREE_STORE_HASH, '/v2/time', fullToken);
    expect(next.headers.get('X-Rate-Limit-Requests-Left')).toBe('149');
  });

  it('answers 401 to an unknown token, to the client ID used as a token and to a Bearer header', async () => {
    const unknown = await callStore(PLUMTREE_STORE_HASH, '/v2/store', 'q4w8e2r6t0y3u7i1o5p9a2s6d0f4g8x');
    const clientId = await callStore(PLUMTREE_STORE_HASH, '/v2/store', fullAccount!.clientId);
    const bearer = await callStore(PLUMTREE_STORE_HASH, '/v2/store', undefined, { headers: { Authorization: `Bearer ${fullToken}` } });

    expect([unknown.status, clientId.status, bearer.status]).toEqual([401, 401, 401]);
    expect(await unknown.json()).toMatchObject({ status: 401, title: errorText.invalidCredentials });
  });

  it('refuses the Products-only account on /v2/store and /v2/time with the scope title, but serves /v3/catalog/summary', async () => {
    const store = await callStore(PLUMTREE_STORE_HASH, '/v2/store', productsToken);
    const time = await callStore(PLUMTREE_STORE_HASH, '/v2/time', productsToken);
    const summary = await callStore(PLUMTREE_STORE_HASH, '/v3/catalog/summary', productsToken);

    expect(store.status).toBe(403);
    expect(await store.json()).toEqual(scopeRefusal);
    expect(time.status).toBe(403);
    expect(summary.status).toBe(200);
    // A refused-for-scope request still passed authentication, so it counted.
    expect(summary.headers.get('X-Rate-Limit-Requests-Left')).toBe('147');
  });

  it('refuses the Products-only account on /v3/settings/store/profile (Information & Settings)', async () => {
    const response = await callStore(PLUMTREE_STORE_HASH, '/v3/settings/store/profile', productsToken);
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual(scopeRefusal);
  });
});

describe('unknown stores and routes', () => {
  it('answers 404 for an unknown store hash: a v2 array on v2 paths, a v3 object on v3 paths', async () => {
    const v2 = await callStore('nosuchstore', '/v2/store', fullToken);
    const v3 = await callStore('nosuchstore', '/v3/catalog/summary', fullToken);

    expect(v2.status).toBe(404);
    expect(await v2.json()).toEqual([{ status: 404, message: 'The requested resource was not found.' }]);
    expect(v3.status).toBe(404);
    expect(await v3.json()).toEqual({ status: 404, title: 'The resource at that URL is not found.', type: ERROR_TYPE_URL, errors: {} });
  });

  it('answers 404 for a path the simulator does not know and 405 for another method on a known one', async () => {
    const unknownV2 = await callStore(PLUMTREE_STORE_HASH, '/v2/nothing-here', fullToken);
    const unknownV3 = await callStore(PLUMTREE_STORE_HASH, '/v3/catalog/nothing-here', fullToken);
    const post = await callStore(PLUMTREE_STORE_HASH, '/v2/store', fullToken, { method: 'POST', body: '{}' });

    expect(unknownV2.status).toBe(404);
    expect(Array.isArray(await unknownV2.json())).toBe(true);
    expect(unknownV3.status).toBe(404);
    expect(await unknownV3.json()).toMatchObject({ status: 404 });
    expect(post.status).toBe(405);
    expect(post.headers.get('Allow')).toBe('GET');
    expect(await post.json()).toEqual([{ status: 405, message: errorText.methodNotAllowed }]);
  });
});
