// Test support (imported by *.test.ts only): the HTTP simulator on a free port, with the demo app
// registered for a stand-in app server that records the callbacks BigCommerce makes to it.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Window } from 'happy-dom';
import { bigcommerceDemoApp } from '../../fixtures/bigcommerce';
import { demoAppRegistration, startSimulatorServer, type SimulatorServer, type SimulatorServerOptions } from './index';

export const demoApp = bigcommerceDemoApp;

export interface HttpSimulator {
  /** The simulator's origin, e.g. http://127.0.0.1:39123. */
  url: string;
  /** Where the stand-in app is served; its callbacks are /oauth/callback, /oauth/load, /oauth/uninstall. */
  appUrl: string;
  /** Every request BigCommerce made to the stand-in app (path and query). */
  readonly appCalls: URL[];
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** Starts it in the enclosing describe (or file); `options` as for startSimulatorServer (quota, neighbour). */
export function startHttpSimulator(options: Omit<SimulatorServerOptions, 'apps' | 'port'> = {}): HttpSimulator {
  const context: HttpSimulator = { url: '', appUrl: '', appCalls: [] };
  let simulator: SimulatorServer | undefined;
  const app = createServer((request, response) => {
    context.appCalls.push(new URL(request.url ?? '/', context.appUrl));
    response.writeHead(200, { 'Content-Type': 'application/json' }).end('{}');
  });
  beforeAll(async () => {
    context.appUrl = await listen(app);
    simulator = await startSimulatorServer({ ...options, port: 0, apps: [demoAppRegistration(context.appUrl)] });
    context.url = simulator.url;
  });
  beforeEach(async () => {
    context.appCalls.length = 0;
    await control(context, '/__simulator/scenario', { scenario: null });
    await control(context, '/__simulator/reset');
  });
  afterAll(async () => {
    await simulator?.close();
    app.closeAllConnections();
    await new Promise((resolve) => app.close(resolve));
  });
  return context;
}

export async function control(simulator: HttpSimulator, path: string, body?: unknown): Promise<Response> {
  const init: RequestInit = body === undefined ? { method: 'POST' } : { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) };
  return fetch(`${simulator.url}${path}`, init);
}

/** Submits the install form as a browser would, without following the redirect. */
export function postInstall(simulator: HttpSimulator, fields: Record<string, string>, clientId = demoApp.clientId): Promise<Response> {
  return fetch(`${simulator.url}/app/${clientId}/install`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
    redirect: 'manual',
  });
}

/** The auth callback's query after an install on `store`. */
export async function install(simulator: HttpSimulator, store = 'x7kq2mfa9b', extra: Record<string, string> = {}): Promise<URLSearchParams> {
  const response = await postInstall(simulator, { store, action: 'install', ...extra });
  if (response.status !== 302) throw new Error(`Install answered ${response.status}, not 302.`);
  return new URL(response.headers.get('Location') ?? '').searchParams;
}

/** POST /oauth2/token as our server would, with the registered auth callback as redirect_uri. */
export function exchange(simulator: HttpSimulator, query: URLSearchParams, overrides: Record<string, string> = {}): Promise<Response> {
  return fetch(`${simulator.url}/oauth2/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({
      client_id: demoApp.clientId,
      client_secret: demoApp.clientSecret,
      code: query.get('code'),
      scope: query.get('scope'),
      grant_type: 'authorization_code',
      redirect_uri: `${simulator.appUrl}/oauth/callback`,
      context: query.get('context'),
      ...overrides,
    }),
  });
}

export function callStore(simulator: HttpSimulator, hash: string, path: string, token?: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  headers.set('Accept', 'application/json');
  if (token !== undefined) headers.set('X-Auth-Token', token);
  return fetch(`${simulator.url}/stores/${hash}${path}`, { ...init, headers });
}

/** GETs a page of the simulator and parses it, as a browser would show it. */
export async function simulatorPage(simulator: HttpSimulator, path: string) {
  const response = await fetch(`${simulator.url}${path}`);
  const window = new Window();
  window.document.write(await response.text());
  return { response, document: window.document };
}
