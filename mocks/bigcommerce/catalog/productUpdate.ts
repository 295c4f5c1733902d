// The body of PUT /v3/catalog/products/{id}, checked as products_catalog.v3.yml's product_Base_PUT
// describes it (types, lengths, ranges, enums). A bad field gets BigCommerce's 422: the title
// "JSON data is missing or invalid" and, per field path, a Play-style code such as
// "error.expected.jsnumber" (the form seen in real answers; see docs/decisions/bigcommerce-simulator.md).
// Unknown fields and read-only ones (id, dates, calculated_price, base_variant_id) are ignored.
// Written out rather than with zod: its parts would join the app's zod chunk (the app never
// loads this), and the codes are BigCommerce's, not zod's.
import type { Product } from './product';

type Errors = Record<string, string>;
type Check = (value: unknown, path: string, errors: Errors) => void;

const leaf = (problem: (value: unknown) => string | undefined): Check => (value, path, errors) => {
  const code = problem(value);
  if (code) errors[path] = code;
};
const text = (max = Infinity, min = 0) =>
  leaf((value) => (typeof value !== 'string' ? 'error.expected.jsstring' : value.length < min ? 'error.minLength' : value.length > max ? 'error.maxLength' : undefined));
const number = (min = -Infinity, max = Infinity, whole = false) =>
  leaf((value) =>
    typeof value !== 'number' ? 'error.expected.jsnumber' : whole && !Number.isInteger(value) ? 'error.expected.int' : value < min ? 'error.min' : value > max ? 'error.max' : undefined,
  );
const whole = (min: number, max: number) => number(min, max, true);
const flag = leaf((value) => (typeof value === 'boolean' ? undefined : 'error.expected.jsboolean'));
const oneOf = (...values: string[]) => leaf((value) => (values.includes(value as string) ? undefined : 'error.expected.validenumvalue'));
const nullable = (check: Check): Check => (value, path, errors) => value !== null && check(value, path, errors);
const list = (item: Check): Check => (value, path, errors) => {
  if (Array.isArray(value)) value.forEach((each, index) => item(each, `${path}.${index}`, errors));
  else errors[path] = 'error.expected.jsarray';
};
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
/** Only the fields present are checked: every field of a PUT is optional. */
const fields = (shape: Record<string, Check>): Check => (value, path, errors) => {
  if (!isObject(value)) errors[path] = 'error.expected.jsobject';
  else for (const [name, check] of Object.entries(shape)) if (name in value) check(value[name], path ? `${path}.${name}` : name, errors);
};

const INT32 = 2_147_483_647;
const amount = number(0);
const dimension = number(0, 9_999_999_999);
const long = text(65_535);
const quantity = whole(0, 1_000_000_000);

const productPut: Record<string, Check> = {
  name: text(250, 1),
  type: oneOf('physical', 'digital'),
  sku: text(255),
  description: text(),
  weight: dimension,
  width: dimension,
  depth: dimension,
  height: dimension,
  price: amount,
  cost_price: amount,
  retail_price: amount,
  sale_price: amount,
  map_price: number(),
  tax_class_id: whole(0, 255),
  product_tax_code: text(255),
  categories: list(whole(-INT32 - 1, INT32)),
  brand_id: quantity,
  inventory_level: whole(0, INT32),
  inventory_warning_level: whole(0, INT32),
  inventory_tracking: oneOf('none', 'product', 'variant'),
  fixed_cost_shipping_price: amount,
  is_free_shipping: flag,
  is_visible: flag,
  is_featured: flag,
  related_products: list(whole(-INT32 - 1, INT32)),
  warranty: long,
  bin_picking_number: text(255),
  layout_file: text(500),
  upc: text(14),
  mpn: text(),
  gtin: text(),
  search_keywords: long,
  availability: oneOf('available', 'disabled', 'preorder'),
  availability_description: text(255),
  gift_wrapping_options_type: oneOf('any', 'none', 'list'),
  gift_wrapping_options_list: list(whole(0, INT32)),
  sort_order: whole(-INT32 - 1, INT32),
  condition: oneOf('New', 'Used', 'Refurbished'),
  is_condition_shown: flag,
  order_quantity_minimum: quantity,
  order_quantity_maximum: quantity,
  page_title: text(255),
  meta_keywords: list(text()),
  meta_description: long,
  view_count: quantity,
  preorder_release_date: nullable(text()),
  preorder_message: text(255),
  is_preorder_only: flag,
  is_price_hidden: flag,
  price_hidden_label: text(200),
  custom_url: fields({ url: text(255, 1), is_customized: flag }),
  open_graph_type: oneOf('product', 'album', 'book', 'drink', 'food', 'game', 'movie', 'song', 'tv_show'),
  open_graph_title: text(),
  open_graph_description: text(),
  open_graph_use_meta_description: flag,
  open_graph_use_product_name: flag,
  open_graph_use_image: flag,
};

export type ProductChanges = Readonly<Record<string, unknown>>;
export type CheckedChanges = { readonly ok: true; readonly changes: ProductChanges } | { readonly ok: false; readonly errors: Errors };

/** The body's writable fields, or the 422's `errors` (field path → code); a body that is not an object has none. */
export function checkProductChanges(body: unknown): CheckedChanges {
  if (!isObject(body)) return { ok: false, errors: {} };
  const errors: Errors = {};
  fields(productPut)(body, '', errors);
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, changes: Object.fromEntries(Object.entries(body).filter(([name]) => name in productPut)) };
}

/** The product after the changes: the price BigCommerce charges and the modification date follow. */
export function applyProductChanges(product: Product, changes: ProductChanges, modifiedAt: string): Product {
  const customUrl = isObject(changes.custom_url) ? { ...(product.custom_url as object), ...changes.custom_url } : product.custom_url;
  const next = { ...product, ...changes, custom_url: customUrl, date_modified: modifiedAt };
  const salePrice = Number(next.sale_price);
  return { ...next, calculated_price: salePrice > 0 ? salePrice : Number(next.price) };
}
