import { openDB } from 'idb';
import { afterAll, afterEach, beforeAll, beforeEach, inject } from 'vitest';
import type { BackendDeps } from '../../core/deps';
import { connectionListSchema, type OAuthClientFormValues } from '../../src/features/connections/schema';
import type { ServerUnderTest } from '../../server/testing/apiBackend';
import { resetBigCommerceSimulator, setBigCommerceScenario } from '../bigcommerce';
import { server } from '../node';
import { bigCommerceTimeoutMs, setBigCommerceTimeoutMs } from './bigcommerceTimeout';
import { backendDbName, clearBackendDatabase, openBackendDb } from './db';
import { embeddedDeps } from './deps';
import { clearScenarios } from './scenarios';

// Shared by the backend's unit tests. The API suite runs against each backend (vite.config.ts):
// the embedded one (our API and the BigCommerce simulator as MSW handlers), and the server over
// HTTP on SQLite and on PostgreSQL, with the simulator served over HTTP beside it. After each test:
// a clean database, a fresh simulator, no scenario and the default time limit.

export type ApiBackend = 'embedded' | 'sqlite' | 'postgres';
declare module 'vitest' {
  export interface ProvidedContext {
    apiBackend: ApiBackend;
  }
}
export const apiBackend: ApiBackend = inject('apiBackend') ?? 'embedded';

let serverUnderTest: ServerUnderTest | undefined;

export function setupMockBackend(): void {
  if (apiBackend === 'embedded') {
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
    return;
  }
  const kind = apiBackend;
  let unavailable: string | undefined;
  beforeAll(async () => {
    if (kind === 'postgres') unavailable = (await import('../../server/testing/databases')).postgresUnavailable;
    if (unavailable) return;
    const { startServerUnderTest } = await import('../../server/testing/apiBackend');
    serverUnderTest = await startServerUnderTest(kind, bigCommerceTimeoutMs);
  }, 60_000);
  // The one skip allowed: no PostgreSQL here, outside CI (databases.ts has said so once).
  beforeEach((context) => {
    if (unavailable) context.skip();
  });
  afterEach(async () => {
    setBigCommerceScenario(null);
    setBigCommerceTimeoutMs(null);
    await Promise.all([serverUnderTest?.clear(), resetBigCommerceSimulator()]);
  });
  afterAll(async () => {
    await serverUnderTest?.close();
    serverUnderTest = undefined;
  });
}

/** The server under test, in the server's runs. */
export function runningServer(): ServerUnderTest {
  if (!serverUnderTest) throw new Error('runningServer() is for the server runs of the API suite (apiBackend sqlite or postgres).');
  return serverUnderTest;
}

/** The storage and cipher of the backend under test: to read what it stored, as a thief or a later request would. */
export function backendDeps(): BackendDeps {
  return serverUnderTest?.deps ?? embeddedDeps;
}

/** On the server: the owner's session cookie and the app's Origin, as the signed-in page sends them. */
export function serverHeaders(): Record<string, string> {
  return serverUnderTest ? { ...serverUnderTest.signedIn } : {};
}

export function apiUrl(path: string): string {
  return `${serverUnderTest?.url ?? 'http://localhost'}/api${path}`;
}

export function send(method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, body?: unknown): Promise<Response> {
  return fetch(apiUrl(path), {
    method,
    headers: body === undefined ? serverHeaders() : { 'Content-Type': 'application/json', ...serverHeaders() },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

/** A save with an `Idempotency-Key` (docs/api.md). */
export function sendWithKey(method: 'POST' | 'PUT', path: string, body: unknown, key: string): Promise<Response> {
  return fetch(apiUrl(path), {
    method,
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key, ...serverHeaders() },
    body: JSON.stringify(body),
  });
}

export async function connectionCount(): Promise<number> {
  return connectionListSchema.parse(await (await send('GET', '/connections?limit=200')).json()).connections.length;
}

export function sendRaw(method: 'POST' | 'PUT', path: string, text: string): Promise<Response> {
  return fetch(apiUrl(path), { method, headers: { 'Content-Type': 'application/json', ...serverHeaders() }, body: text });
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

/** Everything the backend stored, as one string: every IndexedDB record, or the SQLite file's bytes or a pg_dump, and the server's log. */
export async function dumpDatabase(): Promise<string> {
  if (serverUnderTest) return `${await serverUnderTest.database.rawContents()}\n${serverUnderTest.log.lines.join('\n')}`;
  // Opening without a version before the backend did would create an empty database.
  await openBackendDb();
  return dumpDb(backendDbName);
}

/** The backend's storage and the BigCommerce simulator's database, as one string. */
export async function dumpAllDatabases(): Promise<string> {
  if (!serverUnderTest) await openBackendDb();
  const names = (await indexedDB.databases()).map((info) => info.name).filter((name): name is string => !!name);
  const stores = serverUnderTest ? names : [...new Set([backendDbName, ...names])];
  const dumps = await Promise.all(stores.map(dumpDb));
  return [serverUnderTest ? await dumpDatabase() : '', ...dumps].join('\n');
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
