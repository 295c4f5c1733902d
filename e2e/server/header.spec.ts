import { ActivityPage, AccountMenu, ChangePasswordPage } from '../pages/SessionPages';
import { expect, test, type Page } from './fixtures';
import { owner } from './owner';

/** The account menu's popup (the element the toggle controls). */
const menuOf = (page: Page) => page.locator('[aria-controls]', { hasText: 'Signed in as' }).locator('xpath=following-sibling::*[1]');

test.describe('the server: the header', () => {
  test('Activity and Change password lead back through "Connections", which is current on none of them', async ({ page, list }) => {
    const connections = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Connections', exact: true });
    await list.goto();
    await new AccountMenu(page).choose('Activity');
    await expect(new ActivityPage(page).heading).toBeVisible();
    await expect(connections).not.toHaveAttribute('aria-current');
    await connections.click();
    await expect(list.heading).toBeVisible();

    await new AccountMenu(page).choose('Change password');
    await expect(new ChangePasswordPage(page).heading).toBeVisible();
    await expect(connections).not.toHaveAttribute('aria-current');
    await connections.click();
    await expect(list.heading).toBeVisible();
  });

  test('at 390 px the account button is an icon, named by the email, and its menu says who is signed in', async ({ page, list, axe }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await list.goto();
    const menu = new AccountMenu(page);
    await expect(menu.toggle).toHaveAccessibleName(`Signed in as ${owner.email}`);
    const box = (await menu.toggle.boundingBox())!;
    // One line, icon-sized: the email is for screen readers only there, not broken over four lines.
    expect(box.height).toBeLessThanOrEqual(48);
    expect(box.width).toBeLessThan(100);

    await menu.toggle.click();
    await expect(menuOf(page).getByText(`Signed in as ${owner.email}`)).toBeVisible();
    await expect(menu.item('Activity')).toBeVisible();
    await axe('account menu open, 390 px');
  });

  test('at 1280 px the button shows the email on one line, and the menu does not repeat it', async ({ page, list }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await list.goto();
    const menu = new AccountMenu(page);
    await expect(menu.toggle).toContainText(owner.email);
    expect((await menu.toggle.boundingBox())!.height).toBeLessThanOrEqual(48);
    await menu.toggle.click();
    await expect(menu.item('Activity')).toBeVisible();
    await expect(menuOf(page).getByRole('listitem')).toHaveText(['API keys', 'Webhooks', 'Activity', 'Change password', 'Sign out']);
    await expect(menuOf(page).getByText(`Signed in as ${owner.email}`)).toBeHidden();
  });
});
