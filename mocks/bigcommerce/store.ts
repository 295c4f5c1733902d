// The simulated REST endpoints of api.bigcommerce.com.
import { http, HttpResponse, type JsonBodyType } from 'msw';
import type { BigCommerceStoreFixture } from '../fixtures/bigcommerce';
import { hasAnyScope, requiredScopes } from './auth';
import { errorText, notFound, v3Error, versionedError, versionOf, type ApiVersion } from './errors';
import { passGateway } from './gateway';
import { catalogSummary, storeInformation, storeProfile, storeTime } from './storeInfo';

export const API_BASE = 'https://api.bigcommerce.com/stores/:hash';

interface Endpoint {
  readonly path: string;
  readonly version: ApiVersion;
  readonly scopes: readonly string[];
  readonly body: (store: BigCommerceStoreFixture) => JsonBodyType;
}

export const storeEndpoints: readonly Endpoint[] = [
  { path: '/v2/store', version: 'v2', scopes: requiredScopes.information, body: storeInformation },
  { path: '/v2/time', version: 'v2', scopes: requiredScopes.information, body: storeTime },
  { path: '/v3/catalog/summary', version: 'v3', scopes: requiredScopes.products, body: catalogSummary },
  { path: '/v3/settings/store/profile', version: 'v3', scopes: requiredScopes.information, body: storeProfile },
];

function hashOf(params: Record<string, string | readonly string[] | undefined>): string {
  return String(params.hash ?? '');
}

const endpointHandlers = storeEndpoints.map((endpoint) =>
  http.get(`${API_BASE}${endpoint.path}`, async ({ request, params }) => {
    const gate = await passGateway(request, hashOf(params), endpoint.version);
    if (!gate.ok) return gate.response;
    // The scope refusal comes from the gateway, so it is the v3 object on v2 paths too.
    if (!hasAnyScope(gate.grant, endpoint.scopes)) return v3Error(403, errorText.missingScope, gate.headers);
    return HttpResponse.json(endpoint.body(gate.store), { headers: gate.headers });
  }),
);

/** Anything else under a store: the gateway first, then 405 for a known path, else 404. */
const otherRequests = http.all(`${API_BASE}/*`, async ({ request, params }) => {
  const version = versionOf(request.url);
  const gate = await passGateway(request, hashOf(params), version);
  if (!gate.ok) return gate.response;
  const path = new URL(request.url).pathname.replace(/^\/stores\/[^/]+/, '');
  if (storeEndpoints.some((endpoint) => endpoint.path === path)) {
    return versionedError(version, 405, errorText.methodNotAllowed, { ...gate.headers, Allow: 'GET' });
  }
  return notFound(version, gate.headers);
});

export const storeHandlers = [...endpointHandlers, otherRequests];
