/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { contentSecurityPolicy, contentSecurityPolicyPlugin } from './csp.config';

export default defineConfig({
  plugins: [react(), contentSecurityPolicyPlugin()],
  // The same policy as a header when `vite preview` serves the build.
  preview: { headers: { 'Content-Security-Policy': contentSecurityPolicy } },
  build: { target: 'es2022', sourcemap: false },
  test: {
    environment: 'happy-dom',
    globals: true,
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.ts'],
    restoreMocks: true,
  },
});
