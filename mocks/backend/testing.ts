import { openDB } from 'idb';
import { afterAll, afterEach, beforeAll } from 'vitest';
import type { OAuthClientFormValues } from '../../src/features/connections/schema';
import { resetBigCommerceSimulator, setBigCommerceScenario } from '../bigcommerce';
import { server } from '../node';
import { setBigCommerceTimeoutMs } from './bigcommerceTimeout';
import { backendDbName, clearBackendDatabase, openBackendDb } from './db';
import { clearScenarios } from './scenarios';

// Shared by the backend's unit tests: one server (our API and the BigCommerce simulator), and
// after each test a clean database, a fresh simulator, no scenario and the default time limit.

export function setupMockBackend(): void {
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(async () => {
    server.resetHandlers();
    server.events.removeAllListeners();
    clearScenarios();
    setBigCommerceScenario(null);
    setBigCommerceTimeoutMs(null);
    await Promise.all([clearBackendDatabase(), resetBigCommerceSimulator()]);
  });
  afterAll(() => server.close());
}

export function apiUrl(path: string): string {
  return `http://localhost/api${path}`;
}

export function send(method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, body?: unknown): Promise<Response> {
  return fetch(apiUrl(path), {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

export function sendRaw(method: 'POST' | 'PUT', path: string, text: string): Promise<Response> {
  return fetch(apiUrl(path), { method, headers: { 'Content-Type': 'application/json' }, body: text });
}

async function dumpDb(name: string): Promise<string> {
  const db = await openDB(name);
  try {
    const stores = await Promise.all([...db.objectStoreNames].map(async (store) => [store, await db.getAll(store)] as const));
    return JSON.stringify(Object.fromEntries(stores));
  } finally {
    db.close();
  }
}

/** Every record of every store of the backend's database, read with a connection of its own, as one string. */
export async function dumpDatabase(): Promise<string> {
  // Opening without a version before the backend did would create an empty database.
  await openBackendDb();
  return dumpDb(backendDbName);
}

/** The backend's and the BigCommerce simulator's databases, as one string. */
export async function dumpAllDatabases(): Promise<string> {
  await openBackendDb();
  const names = (await indexedDB.databases()).map((info) => info.name).filter((name): name is string => !!name);
  const dumps = await Promise.all([...new Set([backendDbName, ...names])].map(dumpDb));
  return dumps.join('\n');
}

export const secrets = {
  password: 'pAssw0rdT0k3nAbc123def456ghi789',
  accessToken: 'acc3ssT0k3nXyz987wvu654tsr321q',
  clientSecret: 'cl13ntS3cr3tQwe123rty456uio789',
} as const;

export const demoClientId = 'demo-oauth-client';

export function oauth2Input(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: 'Main store (OAuth)',
    authType: 'oauth2',
    storeHash: 'abc123',
    oauthClientId: demoClientId,
    scopes: ['store_v2_products_read_only', 'store_v2_orders'],
    ...overrides,
  };
}

export function basicInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { name: 'Main store (Basic)', authType: 'basic', username: 'usr1clientid', password: secrets.password, storeHash: 'abc123', ...overrides };
}

export function tokenInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { name: 'Main store (Token)', authType: 'token', accessToken: secrets.accessToken, clientId: 'cl1entid', storeHash: 'abc123', ...overrides };
}

export function clientInput(overrides: Partial<OAuthClientFormValues> = {}): OAuthClientFormValues {
  return { name: 'My BigCommerce app', clientId: 'myapp123clientid', clientSecret: secrets.clientSecret, ...overrides };
}

/** The body of POST /api/connections/test for a Token connection; by default the full read-only account of Plumtree Outfitters. */
export function tokenTestInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { authType: 'token', storeHash: 'x7kq2mfa9b', accessToken: 'q4w8e2r6t0y3u7i1o5p9a2s6d0f4g8h', clientId: '5k1l8m2n9b4v7c3x6z0a8s1d4f7g2h5', ...overrides };
}
