import { mkdirSync } from 'node:fs';
import { storeHash } from './data';
import { expect, test } from './fixtures';
import { SetupGuide } from './pages/SetupGuide';

// The layout of the panel with its guide, asserted and pictured. The pictures go to
// docs/screenshots/ (the README's) only when UPDATE_SCREENSHOTS=1, so a test run leaves the tree clean.
const dir = process.env.UPDATE_SCREENSHOTS === '1' ? 'docs/screenshots' : 'test-results/screenshots';
mkdirSync(dir, { recursive: true });

test.describe('@screenshots the panel with its guide', () => {
  test('1280 wide: the guide stands to the right of the form', async ({ page, panel }) => {
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
    await page.screenshot({ path: `${dir}/guide-1280.png` });
    await page.screenshot({ path: `${dir}/panel-token.png`, fullPage: true });

    // Filling in: the store's link appears, and the guide keeps the focused field's step in view.
    await panel.storeHash.fill(storeHash);
    await expect(guide.root.getByText(`store ${storeHash} has no control panel to open`, { exact: false })).toBeVisible();
    await panel.clientId.focus();
    await guide.expectCurrent('Copy the Client ID');
    await expect(panel.clientId).toBeInViewport();
  });

  test('390 wide: the guide is a collapsed disclosure at the top of the panel, before the fields, and opens on click', async ({ page, panel }) => {
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
    // Nothing wider than the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    // Focus in a field does not scroll the page away to the (collapsed) guide.
    await panel.accessToken.focus();
    await expect(panel.accessToken).toBeInViewport();

    await guide.toggle.click();
    await guide.expectTitle('Create a store-level API account');
    await expect(guide.checkboxes).toHaveCount(10);
    await expect(guide.checkbox('Sign in to the store')).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: `${dir}/guide-390.png`, fullPage: true });

    // Open, it still does not pull the page away from the field being filled in.
    await panel.storeHash.focus();
    await expect(guide.step('Note the API path')).toHaveAttribute('aria-current', 'step');
    await expect(panel.storeHash).toBeInViewport();
  });
});
