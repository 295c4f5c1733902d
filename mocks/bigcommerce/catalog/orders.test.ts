// GET /v2/orders: a v2 array, paged by page and limit, 204 past the last page, behind Orders.
import { bigcommerceApiAccounts, PLUMTREE_STORE_HASH } from '../../fixtures/bigcommerce';
import { ERROR_TYPE_URL, errorText } from '../index';
import { callStore, startSimulator } from '../testServer';

const account = (clientName: string) => bigcommerceApiAccounts.find((candidate) => candidate.clientName === clientName)!.accessToken;
const readOnly = account('Connection wizard (read-only)');
startSimulator();

const orders = (query = '', token = readOnly) => callStore(PLUMTREE_STORE_HASH, `/v2/orders${query}`, token);
type Order = Record<string, unknown> & { id: number };

describe('GET /v2/orders on Plumtree Outfitters', () => {
  it('answers the first 50 of 130 orders as a bare array, by id, in v2’s shape', async () => {
    const response = await orders();
    expect(response.status).toBe(200);
    expect(response.headers.get('X-Rate-Limit-Requests-Left')).toBe('149');
    const body = (await response.json()) as Order[];
    expect(Array.isArray(body)).toBe(true);
    expect(body.map((order) => order.id)).toEqual(Array.from({ length: 50 }, (_, index) => 100 + index));
    expect(body[0]).toMatchObject({
      id: 100,
      status_id: expect.any(Number),
      status: expect.any(String),
      date_created: expect.stringMatching(/^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} \+0000$/),
      total_inc_tax: expect.stringMatching(/^\d+\.\d{4}$/),
      currency_code: 'USD',
      billing_address: expect.objectContaining({ country_iso2: 'US', email: expect.stringMatching(/@mail\.example$/) }),
      products: { url: `https://api.bigcommerce.com/stores/${PLUMTREE_STORE_HASH}/v2/orders/100/products`, resource: '/orders/100/products' },
    });
  });

  it('follows page and limit, and answers 204 with no body past the last page', async () => {
    const third = (await (await orders('?page=3')).json()) as Order[];
    expect(third.map((order) => order.id)).toEqual(Array.from({ length: 30 }, (_, index) => 200 + index));
    expect(((await (await orders('?limit=250')).json()) as Order[]).length).toBe(130);
    expect(((await (await orders('?page=2&limit=7')).json()) as Order[]).map((order) => order.id)).toEqual([107, 108, 109, 110, 111, 112, 113]);

    const empty = await orders('?page=4');
    expect(empty.status).toBe(204);
    expect(await empty.text()).toBe('');
    expect(empty.headers.get('X-Rate-Limit-Requests-Left')).not.toBeNull();
  });

  it('needs Orders: the Products-only account gets 403, the Catalog editor (Orders read-only) gets them', async () => {
    const refused = await orders('', account('Catalog reader'));
    expect(refused.status).toBe(403);
    expect(await refused.json()).toEqual({ status: 403, title: errorText.missingScope, type: ERROR_TYPE_URL, errors: {} });
    expect((await orders('?limit=1', account('Catalog editor'))).status).toBe(200);
  });
});
