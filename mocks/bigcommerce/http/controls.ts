// Test controls of the HTTP simulator, the counterparts of resetBigCommerceSimulator() and
// setBigCommerceScenario() for a browser test or a server that runs in another process, plus
// deleting (and restoring) what stands behind a token. They sit before the scenario handlers,
// so a hung or failing simulator can still be switched back.
import { http, HttpResponse } from 'msw';
import { bigcommerceStores } from '../../fixtures/bigcommerce';
import { recentWindowStarts } from '../quota';
import { restoreApiAccount, revokeAccessToken } from '../revocation';
import { bigCommerceScenarios, setBigCommerceScenario, type BigCommerceScenario } from '../scenario';
import { resetBigCommerceSimulator } from '../state';
import { LOGIN_ORIGIN } from './html';
import { neighborTaken, neighborTakenByWindow } from './neighbor';

export const CONTROL_PATHS = {
  reset: '/__simulator/reset',
  scenario: '/__simulator/scenario',
  revoke: '/__simulator/revoke',
  restore: '/__simulator/restore',
} as const;

function isScenario(value: unknown): value is BigCommerceScenario | null {
  return value === null || bigCommerceScenarios.some((scenario) => scenario === value);
}

function problem(status: 400 | 404, message: string): Response {
  return HttpResponse.json({ error: message }, { status });
}

const done = () => new Response(null, { status: 204 });
const onlyPost = () => new Response(null, { status: 405, headers: { Allow: 'POST' } });

/** The body's `field` (undefined when absent), or a 400 when the body is not a JSON object. */
async function jsonField(request: Request, field: string, shape: string): Promise<{ value: unknown } | Response> {
  try {
    const body: unknown = await request.json();
    if (typeof body === 'object' && body !== null && !Array.isArray(body)) return { value: (body as Record<string, unknown>)[field] };
  } catch {
    // Answered below, as any other body that is not an object.
  }
  return problem(400, `The body must be JSON: ${shape}.`);
}

/** A control that acts on the account or app token behind `{ "accessToken": "…" }`. */
function tokenControl(act: (token: string) => Promise<boolean>, unknown: string) {
  return async ({ request }: { request: Request }) => {
    const field = await jsonField(request, 'accessToken', '{"accessToken": "…"}');
    if (field instanceof Response) return field;
    if (typeof field.value !== 'string' || field.value === '') return problem(400, '"accessToken" must be a non-empty string.');
    return (await act(field.value)) ? done() : problem(404, unknown);
  };
}

/**
 * GET: what the neighbour (SIMULATOR_NEIGHBOR) has drawn from each store since the simulator
 * started (`taken`), and in each of the store's recent windows (`byWindow`: the window's start in
 * ms since the epoch, and the count, 0 included), so that a measurement can tell which windows its
 * calls fell in and take off what the neighbour took in them.
 */
export const NEIGHBOR_PATH = '/__simulator/neighbor';

export const controlHandlers = [
  http.get(`${LOGIN_ORIGIN}${NEIGHBOR_PATH}`, () =>
    HttpResponse.json({
      taken: Object.fromEntries(neighborTaken),
      byWindow: Object.fromEntries(bigcommerceStores.map((store) => [store.hash, Object.fromEntries(recentWindowStarts(store.hash).map((start) => [start, neighborTakenByWindow.get(store.hash)?.get(start) ?? 0]))])),
    }),
  ),

  http.post(`${LOGIN_ORIGIN}${CONTROL_PATHS.reset}`, async () => {
    await resetBigCommerceSimulator();
    return done();
  }),

  http.post(`${LOGIN_ORIGIN}${CONTROL_PATHS.scenario}`, async ({ request }) => {
    const field = await jsonField(request, 'scenario', '{"scenario": "hang" | "network-error" | null}');
    if (field instanceof Response) return field;
    if (!isScenario(field.value)) return problem(400, `"scenario" must be one of ${bigCommerceScenarios.map((name) => `"${name}"`).join(', ')} or null.`);
    setBigCommerceScenario(field.value);
    return done();
  }),

  http.post(
    `${LOGIN_ORIGIN}${CONTROL_PATHS.revoke}`,
    tokenControl(revokeAccessToken, 'No store-level API account or app token has this access token (an app token revoked before is gone).'),
  ),

  http.post(
    `${LOGIN_ORIGIN}${CONTROL_PATHS.restore}`,
    tokenControl(restoreApiAccount, 'No store-level API account has this access token; a revoked app token cannot come back: install the app again.'),
  ),

  ...Object.values(CONTROL_PATHS).map((path) => http.all(`${LOGIN_ORIGIN}${path}`, onlyPost)),
];
