/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { contentSecurityPolicy, contentSecurityPolicyPlugin } from './csp.config';
import { mswWithoutCookieJar } from './scripts/vite/mswWithoutCookieJar';
import { routeChunks } from './scripts/vite/routeChunks';
import { routeHtml } from './scripts/vite/routeHtml';

export default defineConfig(({ mode }) => ({
  // The server build has no service worker to ship.
  publicDir: mode === 'server' ? false : 'public',
  plugins: [react(), contentSecurityPolicyPlugin(), mswWithoutCookieJar(), routeChunks(), routeHtml()],
  // The same policy as a header when `vite preview` serves the build.
  preview: { headers: { 'Content-Security-Policy': contentSecurityPolicy } },
  // One stylesheet (8 kB gzip in all): a request per chunk's CSS cost more on a slow connection than the bytes.
  build: { target: 'es2022', sourcemap: false, cssCodeSplit: false },
  test: {
    environment: 'happy-dom',
    globals: true,
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.ts', 'server/**/*.test.ts', 'scripts/**/*.test.ts'],
    restoreMocks: true,
  },
}));
