// Plumtree Outfitters' orders, as GET /v2/orders answers them (orders.v2.oas2.yml, order_Resp):
// 130 of them, made the same way every time, the first time the endpoint is called. Money is a
// string with four decimals and dates are RFC 2822, as in v2.
import { PLUMTREE_STORE_HASH } from '../../fixtures/bigcommerce';
import { API_ORIGIN } from '../storePaths';
import { DAY_MS, v2DateTime } from './time';

export const FIRST_ORDER_ID = 100;
export const ORDER_COUNT = 130;
const ORDERS_START = Date.UTC(2024, 0, 8, 15, 20, 0);

const customers = [
  { id: 11, first: 'Ines', last: 'Calloway', city: 'Bend', state: 'Oregon', zip: '97701' },
  { id: 12, first: 'Ravi', last: 'Lindqvist', city: 'Boise', state: 'Idaho', zip: '83702' },
  { id: 13, first: 'Odette', last: 'Marsh', city: 'Missoula', state: 'Montana', zip: '59801' },
  { id: 14, first: 'Tomasz', last: 'Obi', city: 'Flagstaff', state: 'Arizona', zip: '86001' },
  { id: 15, first: 'Hana', last: 'Whitlock', city: 'Durango', state: 'Colorado', zip: '81301' },
  { id: 0, first: 'Guest', last: 'Shopper', city: 'Eugene', state: 'Oregon', zip: '97401' },
];

const statuses = [
  { id: 11, name: 'Awaiting Fulfillment', payment: 'captured' },
  { id: 2, name: 'Shipped', payment: 'captured' },
  { id: 10, name: 'Completed', payment: 'captured' },
  { id: 7, name: 'Awaiting Payment', payment: 'pending' },
  { id: 9, name: 'Awaiting Shipment', payment: 'captured' },
  { id: 4, name: 'Refunded', payment: 'refunded' },
];

const money = (value: number) => value.toFixed(4);

function generatedOrder(storeHash: string, index: number) {
  const id = FIRST_ORDER_ID + index;
  const customer = customers[index % customers.length]!;
  const status = statuses[(index * 5) % statuses.length]!;
  const subtotal = 29 + ((index * 4_733) % 61_000) / 100;
  const shipping = subtotal >= 100 ? 0 : 8.95;
  const tax = Math.round(subtotal * 0.0725 * 100) / 100;
  const created = ORDERS_START + index * 2.5 * DAY_MS + (index % 9) * 3_600_000;
  const email = `${customer.first}.${customer.last}@mail.example`.toLowerCase();
  const resource = (name: string) => ({ url: `${API_ORIGIN}/stores/${storeHash}/v2/orders/${id}/${name}`, resource: `/orders/${id}/${name}` });
  return {
    id,
    customer_id: customer.id,
    date_created: v2DateTime(created),
    date_modified: v2DateTime(created + DAY_MS),
    date_shipped: status.id === 2 || status.id === 10 ? v2DateTime(created + 2 * DAY_MS) : '',
    status_id: status.id,
    status: status.name,
    subtotal_ex_tax: money(subtotal),
    subtotal_inc_tax: money(subtotal + tax),
    subtotal_tax: money(tax),
    base_shipping_cost: money(shipping),
    shipping_cost_ex_tax: money(shipping),
    shipping_cost_inc_tax: money(shipping),
    shipping_cost_tax: money(0),
    total_ex_tax: money(subtotal + shipping),
    total_inc_tax: money(subtotal + shipping + tax),
    total_tax: money(tax),
    items_total: 1 + (index % 4),
    items_shipped: status.id === 2 || status.id === 10 ? 1 + (index % 4) : 0,
    payment_method: index % 3 === 0 ? 'PayPal' : 'Credit Card',
    payment_status: status.payment,
    refunded_amount: money(status.id === 4 ? subtotal + shipping + tax : 0),
    order_is_digital: false,
    currency_code: 'USD',
    currency_exchange_rate: '1.0000000000',
    default_currency_code: 'USD',
    discount_amount: money(0),
    coupon_discount: money(0),
    customer_message: '',
    staff_notes: '',
    billing_address: {
      first_name: customer.first,
      last_name: customer.last,
      company: '',
      street_1: `${100 + ((index * 37) % 900)} Pine Street`,
      street_2: '',
      city: customer.city,
      state: customer.state,
      zip: customer.zip,
      country: 'United States',
      country_iso2: 'US',
      phone: `541-555-01${String(index % 100).padStart(2, '0')}`,
      email,
      form_fields: [],
    },
    is_email_opt_in: index % 4 === 0,
    order_source: 'www',
    channel_id: 1,
    external_source: null,
    products: resource('products'),
    shipping_addresses: resource('shipping_addresses'),
    coupons: resource('coupons'),
    external_id: null,
    custom_status: status.name,
    customer_locale: 'en',
  };
}

export type Order = ReturnType<typeof generatedOrder>;

let plumtreeOrders: readonly Order[] | undefined;

/** A store's orders by id; only Plumtree Outfitters has any. */
export function storeOrders(storeHash: string): readonly Order[] {
  if (storeHash !== PLUMTREE_STORE_HASH) return [];
  plumtreeOrders ??= Array.from({ length: ORDER_COUNT }, (_, index) => generatedOrder(storeHash, index));
  return plumtreeOrders;
}
