import { basic, storeHash, token, wrongAccessToken } from './data';
import { expect, test } from './bigcommerceConsole';
import { ConnectionPage } from './pages/ConnectionPage';
import { SetupGuide } from './pages/SetupGuide';
import { expectScreenshot, screenshotWidths } from './screenshots';

// The embedded app's pictures at 390 and 1280 px (docs/screenshots/; the README shows
// panel-token.png), with the layout each one shows asserted as well. The server's pages (Activity,
// the account menu) are in e2e/server/screenshots.spec.ts.

const oauthName = 'BigCommerce - OAuth store';

for (const width of screenshotWidths) {
  test.describe(`@screenshots ${width} px`, () => {
    test.use({ viewport: { width, height: width === 390 ? 844 : 900 } });

    test('the list: empty, three connections (one offline with its reason), after a failed test', async ({ page, list, backend, axe, allowBigCommerceErrors }) => {
      allowBigCommerceErrors(401);
      await list.goto();
      await expect(list.emptyState).toBeVisible();
      await expectScreenshot(page, `list-empty-${width}`);

      await backend.createConnection({ authType: 'token', ...token });
      await backend.createConnection({ authType: 'basic', ...basic, password: wrongAccessToken });
      await backend.createConnection({ authType: 'oauth2', name: oauthName, storeHash, oauthClientId: 'demo-oauth-client', scopes: ['store_v2_products_read_only'] });
      await page.reload();
      await list.expectRow(basic.name, ['Needs attention', 'BigCommerce refused the token']);
      await list.expectRow(token.name, ['Working']);
      await expectScreenshot(page, `list-rows-${width}`);

      await list.testButton(basic.name).click();
      await expect(list.status(`Connection "${basic.name}" failed its test`)).toBeVisible();
      await expectScreenshot(page, `list-failed-test-${width}`);
      await axe(`list after a failed test, ${width} px`);
    });

    test('a connection’s own page', async ({ page, list, backend, axe }) => {
      await list.goto();
      const { id } = await backend.createConnection({ authType: 'token', ...token });
      const details = new ConnectionPage(page);
      await details.goto(id);
      await expect(details.heading).toHaveText(token.name);
      await expect(details.checkNow(token.name)).toBeVisible();
      // Its dates change from run to run.
      await expectScreenshot(page, `connection-page-${width}`, { mask: [page.locator('dd', { hasText: /\d{4}/ })] });
      await axe(`a connection's own page, ${width} px`);
    });
  });
}

test.describe('@screenshots the create form with its guide', () => {
  test('1280 px: the guide stands to the right of the form', async ({ page, panel }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('/connections/new');
    const guide = new SetupGuide(page);
    await panel.chooseAuthType('Token');
    await panel.name.fill('BigCommerce - Token store');
    await guide.checkbox('Sign in to the store').check();
    await guide.checkbox('Go to Settings').check();
    await expect(guide.progress).toHaveText('2 of 10 done');

    const form = await panel.form.boundingBox();
    const aside = await guide.root.boundingBox();
    expect(form && aside).toBeTruthy();
    // Side by side: the guide starts right of the form and beside it, not below.
    expect(aside!.x).toBeGreaterThanOrEqual(form!.x + form!.width);
    expect(aside!.y).toBeLessThan(form!.y + form!.height);
    expect(await guide.isOpen()).toBe(true);
    await panel.name.blur();
    await expectScreenshot(page, 'panel-token');

    // Filling in: the guide says the demo's store has no control panel, and keeps the focused field's step in view.
    await panel.storeHash.fill(storeHash);
    await expect(guide.root.getByText(`store ${storeHash} has no control panel to open`, { exact: false })).toBeVisible();
    await panel.clientId.focus();
    await guide.expectCurrent('Copy the Client ID');
    await expect(panel.clientId).toBeInViewport();
  });

  test('390 px: the guide is a collapsed disclosure at the top of the panel, before the fields, and opens on click', async ({ page, panel, axe }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/connections/new');
    const guide = new SetupGuide(page);
    await panel.chooseAuthType('Token');

    await expect(guide.toggle).toBeVisible();
    expect(await guide.isOpen()).toBe(false);
    await expect(guide.title).toBeHidden();
    const form = await panel.form.boundingBox();
    const top = await guide.root.boundingBox();
    // Under the heading, above the first field; a section of the panel there, not an aside.
    expect(top!.y).toBeGreaterThan((await panel.heading.boundingBox())!.y);
    expect(top!.y + top!.height).toBeLessThanOrEqual(form!.y);
    await expect(page.getByRole('region', { name: 'Setup guide', exact: true })).toBeVisible();
    await expect(page.getByRole('complementary', { name: 'Setup guide' })).toHaveCount(0);

    // Focus in a field does not scroll the page away to the (collapsed) guide.
    await panel.accessToken.focus();
    await expect(panel.accessToken).toBeInViewport();

    await guide.toggle.click();
    await guide.expectTitle('Create a store-level API account');
    await expect(guide.checkboxes).toHaveCount(10);
    await expect(guide.checkbox('Sign in to the store')).toBeVisible();
    await expectScreenshot(page, 'create-guide-390');
    await axe('the create form with its guide open, 390 px');

    // Open, it still does not pull the page away from the field being filled in.
    await panel.storeHash.focus();
    await expect(guide.step('Note the API path')).toHaveAttribute('aria-current', 'step');
    await expect(panel.storeHash).toBeInViewport();
  });
});
