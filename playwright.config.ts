import { defineConfig, devices } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 4317);
const baseURL = `http://localhost:${port}`;

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: process.env.CI ? 2 : undefined,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  timeout: 45_000,
  expect: { timeout: 7_000 },
  use: {
    baseURL,
    trace: 'retain-on-failure',
    ...devices['Desktop Chrome'],
    permissions: ['clipboard-read', 'clipboard-write'],
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--disable-gpu', '--disable-quic', '--disable-dev-shm-usage'],
    },
  },
  projects: [
    // The production build with its embedded mock backend (e2e/*.spec.ts).
    { name: 'embedded', testDir: './e2e', testIgnore: 'server/**' },
    // The Node server with its BigCommerce simulator (e2e/server/): each test starts its own
    // (e2e/server/fixtures.ts), which serves dist-server/ (`npm run build:server` first).
    { name: 'server', testDir: './e2e/server', timeout: 60_000 },
  ],
  webServer: {
    // The production build with its embedded mock backend, as `vite preview` serves it.
    command: `node_modules/.bin/vite preview --port ${port} --strictPort`,
    url: baseURL,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
