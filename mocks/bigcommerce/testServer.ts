// Test support (imported by *.test.ts only): the simulator on msw/node with a hand-moved clock.
import { setupServer } from 'msw/node';
import { bigcommerceHandlers, resetBigCommerceSimulator, setBigCommerceScenario, setSimulatorClock } from './index';

export const START = Date.UTC(2026, 0, 15, 12, 0, 0);

export function startSimulator() {
  const server = setupServer(...bigcommerceHandlers);
  let time = START;
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  beforeEach(async () => {
    setBigCommerceScenario(null);
    await resetBigCommerceSimulator();
    time = START;
    setSimulatorClock(() => time);
  });
  afterAll(async () => {
    server.close();
    setBigCommerceScenario(null);
    await resetBigCommerceSimulator();
  });
  return {
    advance(ms: number) {
      time += ms;
    },
  };
}

/** GET (or another method) on a store's API path, with X-Auth-Token when a token is given. */
export function callStore(hash: string, path: string, token?: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  headers.set('Accept', 'application/json');
  if (token !== undefined) headers.set('X-Auth-Token', token);
  return fetch(`https://api.bigcommerce.com/stores/${hash}${path}`, { ...init, headers });
}

export function exchangeCode(body: Record<string, string>, contentType = 'application/json'): Promise<Response> {
  const encoded = contentType === 'application/json' ? JSON.stringify(body) : new URLSearchParams(body).toString();
  return fetch('https://login.bigcommerce.com/oauth2/token', {
    method: 'POST',
    headers: { 'Content-Type': contentType, Accept: 'application/json' },
    body: encoded,
  });
}
