// What the catalog and order endpoints answer (storeApi.ts routes to them once the gateway and
// the scope check have passed): products with v3 pagination, one product, a product's update, and
// v2 orders. Loaded on the first call to one of them, with the data.
import { HttpResponse } from 'msw';
import { now } from '../clock';
import type { EndpointContext } from '../endpoint';
import { ERROR_TYPE_URL, errorText, notFound } from '../errors';
import { pageOf, v3Pagination } from './pagination';
import { applyProductChanges, checkProductChanges } from './productUpdate';
import { findProduct, listProducts, saveProduct } from './productStore';
import { storeOrders } from './orders';
import { v3DateTime } from './time';

/** GET /v3/catalog/products?page&limit */
export async function answerProductList({ request, store, headers }: EndpointContext): Promise<Response> {
  const page = pageOf(await listProducts(store.hash), new URL(request.url));
  return HttpResponse.json({ data: page.items, meta: { pagination: v3Pagination(page) } }, { headers });
}

/** The path's product id, when it is a whole number. */
function productId(params: EndpointContext['params']): number | undefined {
  return /^\d{1,9}$/.test(params.productId ?? '') ? Number(params.productId) : undefined;
}

/** GET /v3/catalog/products/{id} */
export async function answerProduct({ store, params, headers }: EndpointContext): Promise<Response> {
  const id = productId(params);
  const product = id === undefined ? undefined : await findProduct(store.hash, id);
  if (!product) return notFound('v3', headers);
  return HttpResponse.json({ data: product, meta: {} }, { headers });
}

function unprocessable(errors: Record<string, string>, headers: EndpointContext['headers']): Response {
  return HttpResponse.json({ status: 422, title: errorText.invalidJson, type: ERROR_TYPE_URL, errors }, { status: 422, headers });
}

/** PUT /v3/catalog/products/{id}: 404, 422 for a bad body, 409 for a name or SKU another product has. */
export async function answerProductUpdate({ request, store, params, headers }: EndpointContext): Promise<Response> {
  const id = productId(params);
  const product = id === undefined ? undefined : await findProduct(store.hash, id);
  if (!product) return notFound('v3', headers);
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return unprocessable({}, headers);
  }
  const checked = checkProductChanges(body);
  if (!checked.ok) return unprocessable(checked.errors, headers);
  const updated = applyProductChanges(product, checked.changes, v3DateTime(now()));
  const others = (await listProducts(store.hash)).filter((other) => other.id !== updated.id);
  const taken = (['name', 'sku'] as const).find((field) => updated[field] !== '' && others.some((other) => other[field] === updated[field]));
  if (taken) {
    const errors = { [taken]: `A product with this ${taken === 'sku' ? 'SKU' : 'name'} already exists.` };
    return HttpResponse.json({ status: 409, title: errorText.duplicateProduct, type: ERROR_TYPE_URL, errors }, { status: 409, headers });
  }
  await saveProduct(store.hash, updated);
  return HttpResponse.json({ data: updated, meta: {} }, { headers });
}

/** GET /v2/orders?page&limit: an array; 204 with no body for a page past the last, as v2 does. */
export function answerOrderList({ request, store, headers }: EndpointContext): Response {
  const page = pageOf(storeOrders(store.hash), new URL(request.url));
  if (page.items.length === 0) return new Response(null, { status: 204, headers });
  return HttpResponse.json(page.items, { headers });
}
