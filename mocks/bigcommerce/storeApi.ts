// What the simulated REST endpoints of api.bigcommerce.com answer (store.ts routes to them): the
// gateway, then the endpoint's scopes, then the endpoint. The catalog and the orders (catalog/)
// load on their first call, with their data.
import { HttpResponse } from 'msw';
import { hasAnyScope, requiredScopes } from './auth';
import type { EndpointContext } from './endpoint';
import { errorText, notFound, v3Error, versionedError, versionOf, type ApiVersion } from './errors';
import { passGateway } from './gateway';
import { catalogSummary, storeInformation, storeProfile, storeTime } from './storeInfo';
import type { StorePath } from './storePaths';

interface Endpoint {
  readonly method: 'GET' | 'PUT';
  readonly path: StorePath;
  readonly scopes: readonly string[];
  readonly answer: (context: EndpointContext) => Response | Promise<Response>;
}

const catalog = () => import('./catalog/catalogApi');
const json = (body: (context: EndpointContext) => Record<string, unknown>) => (context: EndpointContext) =>
  HttpResponse.json(body(context), { headers: context.headers });

const storeEndpoints: readonly Endpoint[] = [
  { method: 'GET', path: '/v2/store', scopes: requiredScopes.information, answer: json(({ store }) => storeInformation(store)) },
  { method: 'GET', path: '/v2/time', scopes: requiredScopes.information, answer: json(() => storeTime()) },
  { method: 'GET', path: '/v2/orders', scopes: requiredScopes.orders, answer: async (context) => (await catalog()).answerOrderList(context) },
  { method: 'GET', path: '/v3/catalog/summary', scopes: requiredScopes.products, answer: json(({ store }) => catalogSummary(store)) },
  { method: 'GET', path: '/v3/catalog/products', scopes: requiredScopes.products, answer: async (context) => (await catalog()).answerProductList(context) },
  { method: 'GET', path: '/v3/catalog/products/:productId', scopes: requiredScopes.products, answer: async (context) => (await catalog()).answerProduct(context) },
  { method: 'PUT', path: '/v3/catalog/products/:productId', scopes: requiredScopes.productsModify, answer: async (context) => (await catalog()).answerProductUpdate(context) },
  { method: 'GET', path: '/v3/settings/store/profile', scopes: requiredScopes.information, answer: json(({ store }) => storeProfile(store)) },
];

/** A request to one of the simulated paths: its endpoint for the method (HEAD as GET), else 405. */
export async function answerPath(path: StorePath, request: Request, params: Readonly<Record<string, string>>): Promise<Response> {
  const version: ApiVersion = path.startsWith('/v2/') ? 'v2' : 'v3';
  const gate = await passGateway(request, params.hash ?? '', version);
  if (!gate.ok) return gate.response;
  const method = request.method === 'HEAD' ? 'GET' : request.method;
  const ofPath = storeEndpoints.filter((endpoint) => endpoint.path === path);
  const endpoint = ofPath.find((candidate) => candidate.method === method);
  if (!endpoint) {
    return versionedError(version, 405, errorText.methodNotAllowed, { ...gate.headers, Allow: ofPath.map((candidate) => candidate.method).join(', ') });
  }
  // The scope refusal comes from the gateway, so it is the v3 object on v2 paths too.
  if (!hasAnyScope(gate.grant, endpoint.scopes)) return v3Error(403, errorText.missingScope, gate.headers);
  return endpoint.answer({ request, store: gate.store, params, headers: gate.headers });
}

/** Anything else under a store: the gateway first, then 404. */
export async function answerOtherRequest(request: Request, storeHash: string): Promise<Response> {
  const version = versionOf(request.url);
  const gate = await passGateway(request, storeHash, version);
  return gate.ok ? notFound(version, gate.headers) : gate.response;
}
