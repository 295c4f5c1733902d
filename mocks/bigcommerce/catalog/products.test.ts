// GET /v3/catalog/products (pagination) and /v3/catalog/products/{id}, with their scopes.
import { bigcommerceApiAccounts, PLUMTREE_STORE_HASH } from '../../fixtures/bigcommerce';
import { registerAppToken } from '../auth';
import { ERROR_TYPE_URL, errorText } from '../index';
import { callStore, startSimulator } from '../testServer';

const account = (clientName: string) => bigcommerceApiAccounts.find((candidate) => candidate.clientName === clientName)!.accessToken;
const readOnly = account('Connection wizard (read-only)');
const reader = account('Catalog reader');
const editor = account('Catalog editor');
startSimulator();

const products = (query = '', token = readOnly) => callStore(PLUMTREE_STORE_HASH, `/v3/catalog/products${query}`, token);

interface ProductList {
  data: Array<Record<string, unknown> & { id: number; name: string; sku: string; date_created: string; date_modified: string }>;
  meta: { pagination: Record<string, unknown> };
}

describe('GET /v3/catalog/products on Plumtree Outfitters', () => {
  it('pages 260 products 50 at a time by default, with meta.pagination and its links', async () => {
    const response = await products();
    expect(response.status).toBe(200);
    expect(response.headers.get('X-Rate-Limit-Requests-Left')).toBe('149');
    const body = (await response.json()) as ProductList;
    expect(body.data.map((product) => product.id)).toEqual(Array.from({ length: 50 }, (_, index) => 101 + index));
    expect(body.meta.pagination).toEqual({
      total: 260,
      count: 50,
      per_page: 50,
      current_page: 1,
      total_pages: 6,
      links: { current: '?page=1&limit=50', next: '?page=2&limit=50' },
    });
  });

  it('follows page and limit: the last page, the most BigCommerce gives (250), and past the end', async () => {
    const last = (await (await products('?page=6')).json()) as ProductList;
    expect(last.data.map((product) => product.id)).toEqual(Array.from({ length: 10 }, (_, index) => 351 + index));
    expect(last.meta.pagination).toMatchObject({ count: 10, current_page: 6, links: { previous: '?page=5&limit=50', current: '?page=6&limit=50' } });
    expect(last.meta.pagination.links).not.toHaveProperty('next');

    const wide = (await (await products('?page=2&limit=250')).json()) as ProductList;
    expect(wide.meta.pagination).toMatchObject({ total: 260, count: 10, per_page: 250, current_page: 2, total_pages: 2 });
    expect((await (await products('?limit=1000')).json()).meta.pagination).toMatchObject({ count: 250, per_page: 250 });

    const past = (await (await products('?page=9&limit=100')).json()) as ProductList;
    expect(past.data).toEqual([]);
    expect(past.meta.pagination).toMatchObject({ count: 0, current_page: 9, total_pages: 3, links: { previous: '?page=8&limit=100' } });
  });

  it('takes a page or limit that is not a whole number of at least 1 as not given', async () => {
    for (const query of ['?page=0', '?page=-2&limit=abc', '?limit=0', '?page=1.5&limit=2.5']) {
      expect((await (await products(query)).json()).meta.pagination).toMatchObject({ current_page: 1, per_page: 50, count: 50 });
    }
  });

  it('holds realistic, unique and stable products, every field of BigCommerce’s product', async () => {
    const all = ((await (await products('?limit=250')).json()) as ProductList).data.concat(((await (await products('?page=2&limit=250')).json()) as ProductList).data);
    expect(new Set(all.map((product) => product.name)).size).toBe(260);
    expect(new Set(all.map((product) => product.sku)).size).toBe(260);
    expect(all[0]).toMatchObject({
      id: 101,
      name: 'Aspen 2P Dome Tent',
      type: 'physical',
      sku: 'PT-DOME-ASP',
      price: 288.95,
      calculated_price: 288.95,
      weight: 5.1,
      categories: [21, 24],
      inventory_tracking: 'product',
      is_visible: true,
      date_created: '2019-04-11T08:12:45+00:00',
      custom_url: { url: '/aspen-2p-dome-tent/', is_customized: false },
    });
    for (const field of ['description', 'width', 'depth', 'height', 'cost_price', 'retail_price', 'sale_price', 'brand_id', 'inventory_level',
      'inventory_warning_level', 'total_sold', 'is_featured', 'availability', 'condition', 'date_modified', 'base_variant_id', 'open_graph_type']) {
      expect(all[0]).toHaveProperty(field);
    }
    const onSale = all.find((product) => (product.sale_price as number) > 0)!;
    expect(onSale.calculated_price).toBe(onSale.sale_price);
    expect(all.some((product) => product.is_visible === false)).toBe(true);
    expect(all.some((product) => product.inventory_level === 0)).toBe(true);
    for (const product of all) expect(product.date_modified >= product.date_created).toBe(true);
  });

  it('answers HEAD like GET, and 405 with Allow for a method the collection does not take here', async () => {
    const head = await callStore(PLUMTREE_STORE_HASH, '/v3/catalog/products', readOnly, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('X-Rate-Limit-Requests-Left')).toBe('149');
    const post = await callStore(PLUMTREE_STORE_HASH, '/v3/catalog/products', editor, { method: 'POST', body: '{}' });
    expect(post.status).toBe(405);
    expect(post.headers.get('Allow')).toBe('GET');
    const deleted = await callStore(PLUMTREE_STORE_HASH, '/v3/catalog/products/101', editor, { method: 'DELETE' });
    expect(deleted.headers.get('Allow')).toBe('GET, PUT');
  });
});

describe('GET /v3/catalog/products/{id}', () => {
  it('answers one product in the v3 envelope, and 404 for an id no product has', async () => {
    const response = await callStore(PLUMTREE_STORE_HASH, '/v3/catalog/products/360', reader);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: expect.objectContaining({ id: 360, name: 'Nimbus Dynamic Climbing Rope' }), meta: {} });
    for (const id of ['100', '361', 'abc']) {
      const missing = await callStore(PLUMTREE_STORE_HASH, `/v3/catalog/products/${id}`, reader);
      expect(missing.status).toBe(404);
      expect(await missing.json()).toEqual({ status: 404, title: errorText.notFoundV3, type: ERROR_TYPE_URL, errors: {} });
    }
  });
});

describe('the Products scope', () => {
  const scopeRefusal = { status: 403, title: errorText.missingScope, type: ERROR_TYPE_URL, errors: {} };

  it('opens the products to read-only and modify accounts alike', async () => {
    for (const token of [readOnly, reader, editor]) expect((await products('?limit=1', token)).status).toBe(200);
  });

  it('refuses a token without Products (an app granted only Information & Settings) with BigCommerce’s missing-scope body', async () => {
    await registerAppToken({ accessToken: 'infoonlytoken0000000000000000000', storeHash: PLUMTREE_STORE_HASH, clientId: 'd3m0app1c2l3i4e5n6t7i8d9a0b1c2d', scopes: ['store_v2_information_read_only'] });
    for (const path of ['/v3/catalog/products', '/v3/catalog/products/101']) {
      const refused = await callStore(PLUMTREE_STORE_HASH, path, 'infoonlytoken0000000000000000000');
      expect(refused.status).toBe(403);
      expect(await refused.json()).toEqual(scopeRefusal);
    }
  });
});
