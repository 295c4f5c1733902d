import type { Locator } from '@playwright/test';
import { basic, token, wrongAccessToken } from '../data';
import { AccountMenu, ActivityPage } from '../pages/SessionPages';
import { expectScreenshot, screenshotWidths } from '../screenshots';
import { expect, test } from './fixtures';
import { owner } from './owner';

// The server's own pages at 390 and 1280 px (docs/screenshots/): Activity and the account menu.

/** How many lines the element's text takes. */
const lines = (locator: Locator) =>
  locator.evaluate((element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
  });

for (const width of screenshotWidths) {
  test.describe(`@screenshots ${width} px (server)`, () => {
    test.use({ viewport: { width, height: width === 390 ? 844 : 900 } });

    test('Activity: who did what, with the outcome; the email never broken inside', async ({ page, api, pageLog, axe }) => {
      pageLog.allowConsoleErrors(/Failed to load resource: .*401/);
      await api.createConnection({ authType: 'token', ...token });
      await api.createConnection({ authType: 'basic', ...basic, password: wrongAccessToken });
      await page.goto('/activity');
      const activity = new ActivityPage(page);
      await expect(activity.row(owner.email, 'Created a connection', basic.name)).toHaveCount(1);
      await expect(activity.row(owner.email, 'Created a connection', token.name)).toHaveCount(1);
      for (const who of await activity.rows.locator('td:nth-child(2)').all()) expect(await lines(who), 'the email on one line').toBe(1);
      await expectScreenshot(page, `activity-${width}`);
      await axe(`activity, ${width} px`);
    });

    test('the account menu, open', async ({ page, list, axe }) => {
      await list.goto();
      const menu = new AccountMenu(page);
      await menu.toggle.click();
      await expect(menu.item('Sign out')).toBeVisible();
      await expectScreenshot(page, `account-menu-${width}`, { fullPage: false });
      await axe(`account menu, ${width} px`);
    });
  });
}
