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
 * (they change between runs) and given text of one width, and the page not wider than the screen.
 */
export async function expectScreenshot(page: Page, name: string, options: { fullPage?: boolean; mask?: Locator[] } = {}): Promise<void> {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.mouse.move(0, 0);
  await steadyTimes(page);
  await expectNoSidewaysScroll(page, name);
  await expect(page).toHaveScreenshot(`${name}.png`, { fullPage: options.fullPage ?? true, mask: [page.locator('time'), ...(options.mask ?? [])] });
}

const monthNames = String.raw`\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b`;

/**
 * A date's text takes the width of its digits and words ("Dec 7, 9:05 PM" is narrower than
 * "Dec 17, 10:05 PM"), and a table's columns follow it: every `time` gets the text of one fixed
 * moment's shape, so the masked box and the layout around it are the same at any hour.
 */
async function steadyTimes(page: Page): Promise<void> {
  await page.locator('time').evaluateAll(
    (elements, pattern) => {
      const months = new RegExp(pattern, 'g');
      for (const element of elements) {
        element.textContent = (element.textContent ?? '')
          .replace(/\d+/g, (digits) => (digits.length > 2 ? digits.replace(/\d/g, '0') : '00'))
          .replace(months, 'Dec')
          .replace(/\b[AP]M\b/g, 'PM');
      }
    },
    monthNames,
  );
}
