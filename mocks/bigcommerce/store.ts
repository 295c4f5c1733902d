// The simulated REST endpoints of api.bigcommerce.com. What they answer (storeApi.ts, with the
// gateway and the fixtures) is loaded on first use: the demo's start needs none of it.
import { http } from 'msw';
import { storePaths } from './storePaths';

export const API_BASE = 'https://api.bigcommerce.com/stores/:hash';


const storeApi = () => import('./storeApi');

function hashOf(params: Record<string, string | readonly string[] | undefined>): string {
  return String(params.hash ?? '');
}

const endpointHandlers = storePaths.map((path) =>
  http.get(`${API_BASE}${path}`, async ({ request, params }) => (await storeApi()).answerEndpoint(path, request, hashOf(params))),
);

const otherRequests = http.all(`${API_BASE}/*`, async ({ request, params }) => (await storeApi()).answerOtherRequest(request, hashOf(params)));

export const storeHandlers = [...endpointHandlers, otherRequests];
