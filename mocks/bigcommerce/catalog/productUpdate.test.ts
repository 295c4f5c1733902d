// PUT /v3/catalog/products/{id}: the change is kept, the body is checked as BigCommerce does.
import { bigcommerceApiAccounts, PLUMTREE_STORE_HASH } from '../../fixtures/bigcommerce';
import { ERROR_TYPE_URL, errorText, resetBigCommerceSimulator } from '../index';
import { callStore, START, startSimulator } from '../testServer';

const account = (clientName: string) => bigcommerceApiAccounts.find((candidate) => candidate.clientName === clientName)!.accessToken;
const editor = account('Catalog editor');
const reader = account('Catalog reader');
const clock = startSimulator();

function put(id: number | string, body: unknown, token = editor): Promise<Response> {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return callStore(PLUMTREE_STORE_HASH, `/v3/catalog/products/${id}`, token, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: text });
}

async function product(id: number): Promise<Record<string, unknown>> {
  return ((await (await callStore(PLUMTREE_STORE_HASH, `/v3/catalog/products/${id}`, reader)).json()) as { data: Record<string, unknown> }).data;
}

const unprocessable = (errors: Record<string, string>) => ({ status: 422, title: errorText.invalidJson, type: ERROR_TYPE_URL, errors });

describe('PUT /v3/catalog/products/{id}', () => {
  it('changes the product, answers it whole, and keeps the change for the next GET and the list', async () => {
    const original = await product(105);
    clock.advance(90_000);
    const response = await put(105, { price: 12.5, inventory_level: 7, is_visible: false, custom_url: { url: '/renamed/' }, id: 999, date_created: 'x', unknown_field: 1 });
    expect(response.status).toBe(200);
    expect(response.headers.get('X-Rate-Limit-Requests-Quota')).toBe('150');
    const { data, meta } = (await response.json()) as { data: Record<string, unknown>; meta: unknown };
    expect(meta).toEqual({});
    expect(data).toMatchObject({
      id: 105,
      price: 12.5,
      calculated_price: 12.5,
      inventory_level: 7,
      is_visible: false,
      custom_url: { url: '/renamed/', is_customized: false },
      date_modified: new Date(START + 90_000).toISOString().replace('.000Z', '+00:00'),
    });
    expect(data).not.toHaveProperty('unknown_field');
    expect(data.date_created).toBe(original.date_created);
    expect(await product(105)).toEqual(data);
    const list = (await (await callStore(PLUMTREE_STORE_HASH, '/v3/catalog/products?limit=5', reader)).json()) as { data: Array<{ id: number }> };
    expect(list.data.find((item) => item.id === 105)).toEqual(data);
  });

  it('prices at the sale price when there is one, and at the price when it is set back to 0', async () => {
    expect(((await (await put(110, { price: 100, sale_price: 80 })).json()) as { data: { calculated_price: number } }).data.calculated_price).toBe(80);
    expect(((await (await put(110, { sale_price: 0 })).json()) as { data: { calculated_price: number } }).data.calculated_price).toBe(100);
  });

  it('answers 422 with BigCommerce’s codes for each bad field, and changes nothing', async () => {
    const before = await product(120);
    const response = await put(120, {
      price: '12',
      name: '',
      inventory_level: -1,
      sort_order: 2.5,
      type: 'service',
      is_visible: 'yes',
      categories: [21, 'tents'],
      upc: '123456789012345',
      custom_url: { url: 5 },
      weight: null,
    });
    expect(response.status).toBe(422);
    expect(await response.json()).toEqual(
      unprocessable({
        price: 'error.expected.jsnumber',
        name: 'error.minLength',
        inventory_level: 'error.min',
        sort_order: 'error.expected.int',
        type: 'error.expected.validenumvalue',
        is_visible: 'error.expected.jsboolean',
        'categories.1': 'error.expected.jsnumber',
        upc: 'error.maxLength',
        'custom_url.url': 'error.expected.jsstring',
        weight: 'error.expected.jsnumber',
      }),
    );
    expect(await product(120)).toEqual(before);
  });

  it('answers 422 with no field errors for a body that is not JSON or not an object', async () => {
    for (const body of ['{"price": ', '[{"price": 1}]', '"price"', '']) {
      const response = await put(120, body);
      expect(response.status).toBe(422);
      expect(await response.json()).toEqual(unprocessable({}));
    }
  });

  it('answers 409 when the new name or SKU is another product’s', async () => {
    const taken = await product(102);
    const name = await put(101, { name: taken.name });
    expect(name.status).toBe(409);
    expect(await name.json()).toMatchObject({ status: 409, type: ERROR_TYPE_URL, errors: { name: expect.any(String) } });
    expect((await put(101, { sku: taken.sku })).status).toBe(409);
    expect((await put(101, { name: 'Aspen 2P Dome Tent' })).status).toBe(200);
  });

  it('answers 404 for an id no product has', async () => {
    for (const id of [99, 361, 'tent']) expect((await put(id, { price: 1 })).status).toBe(404);
  });

  it('needs Products modify: a read-only Products account gets 403 and the product stays', async () => {
    const response = await put(130, { price: 1 }, reader);
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({ status: 403, title: errorText.missingScope, type: ERROR_TYPE_URL, errors: {} });
    expect((await product(130)).price).not.toBe(1);
  });

  it('is forgotten by a reset of the simulator', async () => {
    const original = await product(140);
    await put(140, { name: 'Renamed before the reset' });
    await resetBigCommerceSimulator();
    expect(await product(140)).toEqual(original);
  });
});
