/** The Chromium every bench script measures with, launched the same way by each. */
export const chromePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Headless Chromium for Playwright. Our own signal handlers close it (proc.mjs), after which the preview server is stopped too. */
export async function launchBenchBrowser() {
  const { chromium } = await import('@playwright/test');
  return chromium.launch({
    executablePath: chromePath,
    headless: true,
    args: ['--disable-gpu', '--disable-quic', '--disable-dev-shm-usage', '--no-sandbox'],
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
}
