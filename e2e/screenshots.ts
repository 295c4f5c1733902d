import { expect, type Locator, type Page } from '@playwright/test';

// The pictures of the app in docs/screenshots/, compared with toHaveScreenshot (the threshold and
// the folder are playwright.config.ts's). Update them on purpose: docs/testing.md, "Screenshots".

/** The two widths every picture is taken at: a phone and a laptop. */
export const screenshotWidths = [390, 1280] as const;

/** The page is no wider than the screen: nothing scrolls sideways (issue 24: every page at 390 px). */
export async function expectNoSidewaysScroll(page: Page, what: string): Promise<void> {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
  expect(scrollWidth, `${what}: the page is ${scrollWidth} px wide on a ${innerWidth} px screen`).toBeLessThanOrEqual(innerWidth);
}

/**
 * Compares the whole page (or `options.clip` only: the viewport) with docs/screenshots/NAME.png,
 * once it is still: fonts loaded, the pointer away from every control (no hover), times masked
 * (they change between runs), and the page not wider than the screen.
 */
export async function expectScreenshot(page: Page, name: string, options: { fullPage?: boolean; mask?: Locator[] } = {}): Promise<void> {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.mouse.move(0, 0);
  await expectNoSidewaysScroll(page, name);
  await expect(page).toHaveScreenshot(`${name}.png`, { fullPage: options.fullPage ?? true, mask: [page.locator('time'), ...(options.mask ?? [])] });
}
