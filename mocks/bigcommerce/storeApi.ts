// What the simulated REST endpoints of api.bigcommerce.com answer (store.ts routes to them).
import { HttpResponse, type JsonBodyType } from 'msw';
import type { BigCommerceStoreFixture } from '../fixtures/bigcommerce';
import { hasAnyScope, requiredScopes } from './auth';
import { errorText, notFound, v3Error, versionedError, versionOf, type ApiVersion } from './errors';
import { passGateway } from './gateway';
import { catalogSummary, storeInformation, storeProfile, storeTime } from './storeInfo';
import type { StorePath } from './storePaths';

interface Endpoint {
  readonly path: StorePath;
  readonly version: ApiVersion;
  readonly scopes: readonly string[];
  readonly body: (store: BigCommerceStoreFixture) => JsonBodyType;
}

const storeEndpoints: readonly Endpoint[] = [
  { path: '/v2/store', version: 'v2', scopes: requiredScopes.information, body: storeInformation },
  { path: '/v2/time', version: 'v2', scopes: requiredScopes.information, body: storeTime },
  { path: '/v3/catalog/summary', version: 'v3', scopes: requiredScopes.products, body: catalogSummary },
  { path: '/v3/settings/store/profile', version: 'v3', scopes: requiredScopes.information, body: storeProfile },
];

/** A GET of one of the endpoints. */
export async function answerEndpoint(path: StorePath, request: Request, storeHash: string): Promise<Response> {
  const endpoint = storeEndpoints.find((candidate) => candidate.path === path);
  if (!endpoint) throw new Error(`No simulated endpoint ${path}.`);
  const gate = await passGateway(request, storeHash, endpoint.version);
  if (!gate.ok) return gate.response;
  // The scope refusal comes from the gateway, so it is the v3 object on v2 paths too.
  if (!hasAnyScope(gate.grant, endpoint.scopes)) return v3Error(403, errorText.missingScope, gate.headers);
  return HttpResponse.json(endpoint.body(gate.store), { headers: gate.headers });
}

/** Anything else under a store: the gateway first, then 405 for a known path, else 404. */
export async function answerOtherRequest(request: Request, storeHash: string): Promise<Response> {
  const version = versionOf(request.url);
  const gate = await passGateway(request, storeHash, version);
  if (!gate.ok) return gate.response;
  const path = new URL(request.url).pathname.replace(/^\/stores\/[^/]+/, '');
  if (storeEndpoints.some((endpoint) => endpoint.path === path)) {
    return versionedError(version, 405, errorText.methodNotAllowed, { ...gate.headers, Allow: 'GET' });
  }
  return notFound(version, gate.headers);
}
