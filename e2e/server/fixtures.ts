// The shared `test` (console errors, axe, secret scan: ../fixtures.ts) against the Node server:
// each test starts its own server (fresh DATA_DIR) and the page's baseURL is its PUBLIC_URL.
import type { ConnectionInput } from '../../src/features/connections/schema';
import { expect, test as base } from '../fixtures';
import { startServerProcess, type ServerProcess } from './serverProcess';

export { expect };
export type { Page } from '../fixtures';

export interface ServerApi {
  /** Creates a connection over the server's API, behind the app's back (reload to see it). */
  createConnection(input: ConnectionInput): Promise<{ id: string }>;
}

interface ServerFixtures {
  server: ServerProcess;
  api: ServerApi;
  /** Automatic: no known secret in what the server printed (its logs). */
  serverOutputCheck: void;
}

export const test = base.extend<ServerFixtures>({
  embeddedBackend: false,

  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern.
  server: async ({}, provide) => {
    const server = await startServerProcess();
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

  api: async ({ page }, provide) => {
    await provide({
      async createConnection(input) {
        const response = await page.request.post('/api/connections', { data: input });
        expect(response.status(), `POST /api/connections: ${await response.text()}`).toBe(201);
        return (await response.json()) as { id: string };
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
