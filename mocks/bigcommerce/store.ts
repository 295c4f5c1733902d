// The simulated REST endpoints of api.bigcommerce.com. What they answer (storeApi.ts, with the
// gateway and the fixtures) is loaded on first use: the demo's start needs none of it.
import { http } from 'msw';
import { API_ORIGIN, storePaths } from './storePaths';

export const API_BASE = `${API_ORIGIN}/stores/:hash`;

const storeApi = () => import('./storeApi');

type Params = Record<string, string | readonly string[] | undefined>;

function stringParams(params: Params): Record<string, string> {
  return Object.fromEntries(Object.entries(params).map(([name, value]) => [name, String(value ?? '')]));
}

// Every method: a path's own methods are answered, any other gets 405 after the gateway.
const endpointHandlers = storePaths.map((path) =>
  http.all(`${API_BASE}${path}`, async ({ request, params }) => (await storeApi()).answerPath(path, request, stringParams(params))),
);

const otherRequests = http.all(`${API_BASE}/*`, async ({ request, params }) => (await storeApi()).answerOtherRequest(request, String(params.hash ?? '')));

export const storeHandlers = [...endpointHandlers, otherRequests];
