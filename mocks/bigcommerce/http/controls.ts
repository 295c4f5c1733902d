// Test controls of the HTTP simulator, the counterparts of resetBigCommerceSimulator() and
// setBigCommerceScenario() for a browser test or a server that runs in another process. They
// sit before the scenario handlers, so a hung or failing simulator can still be switched back.
import { http, HttpResponse } from 'msw';
import { bigCommerceScenarios, setBigCommerceScenario, type BigCommerceScenario } from '../scenario';
import { resetBigCommerceSimulator } from '../state';
import { LOGIN_ORIGIN } from './html';

export const CONTROL_PATHS = { reset: '/__simulator/reset', scenario: '/__simulator/scenario' } as const;

function isScenario(value: unknown): value is BigCommerceScenario | null {
  return value === null || bigCommerceScenarios.some((scenario) => scenario === value);
}

function badRequest(message: string): Response {
  return HttpResponse.json({ error: message }, { status: 400 });
}

const onlyPost = () => new Response(null, { status: 405, headers: { Allow: 'POST' } });

export const controlHandlers = [
  http.post(`${LOGIN_ORIGIN}${CONTROL_PATHS.reset}`, async () => {
    await resetBigCommerceSimulator();
    return new Response(null, { status: 204 });
  }),

  http.post(`${LOGIN_ORIGIN}${CONTROL_PATHS.scenario}`, async ({ request }) => {
    let body: unknown;
    try {
      body = await request.json();
    } catch {
      return badRequest('The body must be JSON: {"scenario": "hang" | "network-error" | null}.');
    }
    const scenario = typeof body === 'object' && body !== null && 'scenario' in body ? body.scenario : undefined;
    if (!isScenario(scenario)) return badRequest(`"scenario" must be one of ${bigCommerceScenarios.map((name) => `"${name}"`).join(', ')} or null.`);
    setBigCommerceScenario(scenario);
    return new Response(null, { status: 204 });
  }),

  http.all(`${LOGIN_ORIGIN}${CONTROL_PATHS.reset}`, onlyPost),
  http.all(`${LOGIN_ORIGIN}${CONTROL_PATHS.scenario}`, onlyPost),
];
