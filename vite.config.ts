/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { contentSecurityPolicy, contentSecurityPolicyPlugin } from './csp.config.ts';
import { compileHints } from './scripts/vite/compileHints.ts';
import { mockChunks } from './scripts/vite/mockChunks.ts';
import { mswHttpOnly } from './scripts/vite/mswHttpOnly.ts';
import { mswWithoutCookieJar } from './scripts/vite/mswWithoutCookieJar.ts';
import { buildAndPrerender, clientOnly, prerenderEntry, prerenderOutDir, previewPrerendered } from './scripts/vite/prerender.ts';
import { routeChunks } from './scripts/vite/routeChunks.ts';

// The files of the API suite that speak only HTTP (and read storage through the backend's ports):
// they run against the embedded backend in the unit project, and against the server in these.
const serverApiSuite = [
  'mocks/backend/connections.test.ts',
  'mocks/backend/connectionList.test.ts',
  'mocks/backend/oauthClients.test.ts',
  'mocks/backend/connectionTest.test.ts',
  'mocks/backend/savedTest.test.ts',
  'mocks/backend/secrets.test.ts',
  'mocks/backend/idempotency.test.ts',
  'mocks/backend/badInputs.test.ts',
  // The server's install flow, load and uninstall: the embedded demo has its own (authorization.test.ts).
  'mocks/backend/serverInstall.test.ts',
];
// Generated bodies to every route that takes one (issue 25), on the server only.
const serverFuzzSuite = ['server/fuzz/*.fuzz.test.ts'];

export default defineConfig(({ mode }) => ({
  // The server build has no service worker to ship.
  publicDir: mode === 'server' ? false : 'public',
  plugins: [react(), ...[contentSecurityPolicyPlugin(), mswWithoutCookieJar(), mswHttpOnly(), routeChunks(), mockChunks(), compileHints()].map(clientOnly), previewPrerendered()],
  // `vite build` builds the app, then src/prerender.tsx for Node, and renders the pages of
  // src/app/prerenderedRoutes.ts into their HTML (docs/decisions/prerender.md).
  environments: {
    ssr: { build: { outDir: prerenderOutDir, emptyOutDir: true, copyPublicDir: false, rollupOptions: { input: prerenderEntry } } },
  },
  builder: { buildApp: buildAndPrerender },
  // The same policy as a header when `vite preview` serves the build.
  preview: { headers: { 'Content-Security-Policy': contentSecurityPolicy } },
  // React 19 has useSyncExternalStore: wouter's shim for older Reacts is replaced by React's own.
  resolve: {
    alias: [{ find: /^use-sync-external-store\/shim\/index\.js$/, replacement: fileURLToPath(new URL('./scripts/vite/reactSyncExternalStore.ts', import.meta.url)) }],
  },
  // One stylesheet (8 kB gzip in all): a request per chunk's CSS cost more on a slow connection than the bytes.
  build: { target: 'es2022', sourcemap: false, cssCodeSplit: false },
  test: {
    environment: 'happy-dom',
    globals: true,
    setupFiles: ['./src/test/setup.ts'],
    restoreMocks: true,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.ts', 'core/**/*.test.ts', 'server/**/*.test.ts', 'scripts/**/*.test.ts'],
          exclude: ['mocks/backend/serverInstall.test.ts', ...serverFuzzSuite],
        },
      },
      // The API suite again, over HTTP against the server (mocks/backend/testing.ts), on each database.
      ...(['sqlite', 'postgres'] as const).map((apiBackend) => ({
        extends: true as const,
        test: { name: `api-${apiBackend}`, include: [...serverApiSuite, ...serverFuzzSuite], environment: 'node', provide: { apiBackend } },
      })),
    ],
  },
}));
