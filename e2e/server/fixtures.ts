// The shared `test` (console errors, axe, secret scan: ../fixtures.ts) against the Node server:
// each test starts its own server (fresh DATA_DIR, the owner account from OWNER_EMAIL and
// OWNER_PASSWORD), the page's baseURL is its PUBLIC_URL, and the browser context is signed in.
import type { ApiKeyCreated, ApiKeyInput, ConnectionInput } from '../../src/features/connections/schema';
import { expect, test as base } from '../fixtures';
import { owner } from './owner';
import { startServerProcess, type ServerProcess } from './serverProcess';

export { expect };
export type { Page } from '../fixtures';

export interface ServerApi {
  /** Creates a connection over the server's API, behind the app's back (reload to see it). */
  createConnection(input: ConnectionInput): Promise<{ id: string }>;
  /** Creates an API key over the server's API (reload to see it); its secret is tracked by the leak checks. */
  createApiKey(input: ApiKeyInput): Promise<ApiKeyCreated>;
}

interface ServerFixtures {
  server: ServerProcess;
  api: ServerApi;
  /** Automatic: no known secret in what the server printed (its logs). */
  serverOutputCheck: void;
  /** Automatic unless `signedIn: false`: the context signs in before the test, as the owner. */
  signIn: void;
}

interface ServerOptions {
  /** Start the test signed in (the default, when the server has an owner), or with no session at all. */
  signedIn: boolean;
  /** Start the server with the owner account (the default), or with none (it prints a setup link). */
  withOwner: boolean;
  /** More environment for the test's server (CHECK_INTERVAL, WEBHOOKS_ALLOW_PRIVATE, …). */
  serverEnv: Readonly<Record<string, string>>;
}

export const test = base.extend<ServerFixtures & ServerOptions>({
  embeddedBackend: false,
  signedIn: [true, { option: true }],
  withOwner: [true, { option: true }],
  serverEnv: [{}, { option: true }],

  server: async ({ withOwner, serverEnv }, provide) => {
    const server = await startServerProcess({ withOwner, env: serverEnv });
    try {
      await provide(server);
      // The page and its connections are gone by now (the context depends on baseURL, so on this).
      expect(await server.stop(), `the server stops cleanly on SIGTERM:\n${server.output}`).toBe(0);
    } finally {
      await server.dispose();
    }
  },

  // Same origin as PUBLIC_URL: the authorization cookie and the OAuth callback need it.
  baseURL: async ({ server }, provide) => provide(server.url),

  // Through the context's own request client, which shares its cookies: the page then has the
  // session, as after signing in on the page. The Origin header is what a browser sends.
  signIn: [
    async ({ page, server, signedIn, withOwner, secrets }, provide) => {
      secrets.track(owner.password);
      // A server with no owner has nobody to sign in.
      if (signedIn && withOwner) {
        const response = await page.request.post('/api/session', { data: owner, headers: { Origin: server.url } });
        expect(response.status(), `POST /api/session: ${await response.text()}`).toBe(200);
      }
      await provide();
    },
    { auto: true },
  ],

  api: async ({ page, server, secrets }, provide) => {
    await provide({
      async createConnection(input) {
        const response = await page.request.post('/api/connections', { data: input, headers: { Origin: server.url } });
        expect(response.status(), `POST /api/connections: ${await response.text()}`).toBe(201);
        return (await response.json()) as { id: string };
      },
      async createApiKey(input) {
        const response = await page.request.post('/api/api-keys', { data: input, headers: { Origin: server.url } });
        // The body of a 201 holds the secret: said only when it is an error.
        expect(response.status(), `POST /api/api-keys: ${response.status() === 201 ? '' : await response.text()}`).toBe(201);
        const created = (await response.json()) as ApiKeyCreated;
        secrets.track(created.secret);
        return created;
      },
    });
  },

  serverOutputCheck: [
    async ({ server, secrets }, provide, testInfo) => {
      await provide();
      if (testInfo.status !== 'passed') return;
      const leaks = secrets.known.filter((secret) => server.output.includes(secret)).map((secret) => `${secret.slice(0, 4)}…`);
      expect(leaks, 'secrets found in the server output').toEqual([]);
    },
    { auto: true },
  ],
});
