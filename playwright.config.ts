import { fileURLToPath } from 'node:url';
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
  expect: {
    timeout: 7_000,
    // The pictures of the app (e2e/screenshots.ts) are the docs' (docs/screenshots/, the README
    // shows one). A change of layout fails the test until the pictures are updated on purpose:
    // `npx playwright test --update-snapshots=changed ...` (docs/testing.md, "Screenshots").
    toHaveScreenshot: {
      pathTemplate: `${fileURLToPath(new URL('./docs/screenshots', import.meta.url))}/{arg}{ext}`,
      maxDiffPixelRatio: 0.0001,
      animations: 'disabled',
      caret: 'hide',
      scale: 'css',
    },
  },
  // A missing picture fails too, instead of being written: none is taken without being asked for.
  updateSnapshots: 'none',
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
