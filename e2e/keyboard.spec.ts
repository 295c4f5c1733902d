import { storeHash, token } from './data';
import { expect, test, type Page } from './fixtures';
import type { Locator } from '@playwright/test';
import { TestConnection } from './pages/TestConnection';

// Everything here is done with page.keyboard alone: Tab / Shift+Tab to move, Space / Enter to
// press, arrow keys inside a radio group, keyboard.type to write. No click, no fill, no focus().

/**
 * Presses Tab (or Shift+Tab) until `target` has the focus, at most `max` times, and asserts it
 * got there. The number of stops in between is the page's business; that it is reachable is ours.
 */
async function tabTo(page: Page, target: Locator, { back = false, max = 40 } = {}): Promise<void> {
  const key = back ? 'Shift+Tab' : 'Tab';
  for (let presses = 0; presses < max; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) break;
    await page.keyboard.press(key);
  }
  await expect(target, `reachable with ${key}`).toBeFocused();
}

/** The focused element draws a visible indicator: an outline or a box-shadow. */
async function expectFocusIndicator(target: Locator): Promise<void> {
  await expect(target).toBeFocused();
  const style = await target.evaluate((element) => {
    const computed = getComputedStyle(element);
    return { outlineStyle: computed.outlineStyle, outlineWidth: computed.outlineWidth, boxShadow: computed.boxShadow };
  });
  const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
  const shadow = style.boxShadow !== 'none';
  expect(outline || shadow, `a visible focus indicator (${JSON.stringify(style)})`).toBe(true);
}

test('create → test → save with the keyboard alone', async ({ page, list, panel }) => {
  const check = new TestConnection(page);
  const name = 'BigCommerce - Keyboard store';
  await list.goto();

  await tabTo(page, list.createLink);
  await expectFocusIndicator(list.createLink);
  await page.keyboard.press('Enter');
  await expect(panel.heading).toHaveText('Create connection');

  await tabTo(page, panel.name);
  await expectFocusIndicator(panel.name);
  await page.keyboard.type(name);
  await expect(panel.name).toHaveValue(name);

  // Into the Auth type group (nothing chosen yet: Tab stops on its first radio), then arrows.
  await page.keyboard.press('Tab');
  await expect(panel.authType('OAuth 2.0')).toBeFocused();
  await expectFocusIndicator(panel.authType('OAuth 2.0'));
  await page.keyboard.press('ArrowDown');
  await expect(panel.authType('Basic')).toBeFocused();
  await expect(panel.authType('Basic')).toBeChecked();
  await page.keyboard.press('ArrowDown');
  await expect(panel.authType('Token')).toBeFocused();
  await expect(panel.authType('Token')).toBeChecked();

  await tabTo(page, panel.accessToken);
  await expectFocusIndicator(panel.accessToken);
  await page.keyboard.type(token.accessToken);
  await tabTo(page, panel.clientId);
  await page.keyboard.type(token.clientId);
  await tabTo(page, panel.storeHash);
  await page.keyboard.type(storeHash);
  await expect(panel.accessToken).toHaveValue(token.accessToken);
  await expect(panel.clientId).toHaveValue(token.clientId);
  await expect(panel.storeHash).toHaveValue(storeHash);

  await tabTo(page, check.button);
  await expectFocusIndicator(check.button);
  await page.keyboard.press('Enter');
  await expect(check.result).toContainText('Connected to Plumtree Outfitters');
  await expect(check.button).toBeFocused();

  await tabTo(page, panel.save);
  await expectFocusIndicator(panel.save);
  await page.keyboard.press('Enter');
  await expect(list.heading).toBeVisible();
  await expect(list.row(name)).toHaveCount(1);
  await expect(list.status(`Connection "${name}" saved.`)).toBeVisible();
  // After the route change the focus is on the page's heading, so the next Tab starts from the top of the content.
  await expect(list.heading).toBeFocused();
});

test('the OAuth 2.0 client dialog: Enter opens it, Escape closes it, focus returns to its opener', async ({ page, panel }) => {
  await page.goto('/connections/new');
  await expect(panel.heading).toHaveText('Create connection');

  await tabTo(page, panel.authType('OAuth 2.0'));
  await page.keyboard.press('Space');
  await expect(panel.authType('OAuth 2.0')).toBeChecked();

  await tabTo(page, panel.createClientButton);
  await expectFocusIndicator(panel.createClientButton);
  await page.keyboard.press('Enter');
  const dialog = panel.clientDialog;
  await expect(dialog.root).toBeVisible();
  // The focus is inside the dialog, on its first field, and Tab stays there (the page behind is inert).
  await expect(dialog.name).toBeFocused();
  await page.keyboard.type('Typed then dropped');
  await tabTo(page, dialog.cancel);
  await expectFocusIndicator(dialog.cancel);

  await page.keyboard.press('Escape');
  await expect(dialog.root).toBeHidden();
  await expect(panel.createClientButton).toBeFocused();

  // Space opens it too; Cancel with Enter closes it the same way.
  await page.keyboard.press('Space');
  await expect(dialog.root).toBeVisible();
  await tabTo(page, dialog.cancel);
  await page.keyboard.press('Enter');
  await expect(dialog.root).toBeHidden();
  await expect(panel.createClientButton).toBeFocused();
});

test('the error summary: its links move the focus to their fields with Enter', async ({ page, panel }) => {
  await page.goto('/connections/new');
  await expect(panel.heading).toHaveText('Create connection');

  await tabTo(page, panel.save);
  await page.keyboard.press('Enter');
  await expect(panel.errorSummary).toBeFocused();
  const links = panel.errorSummary.getByRole('link');
  await expect(links).toHaveCount(2);

  await page.keyboard.press('Tab');
  await expect(links.nth(0)).toBeFocused();
  await expectFocusIndicator(links.nth(0));
  await page.keyboard.press('Enter');
  await expect(panel.name).toBeFocused();

  await tabTo(page, links.nth(1), { back: true });
  await page.keyboard.press('Enter');
  await expect(panel.authType('OAuth 2.0')).toBeFocused();
});

test('delete: the confirmation is reachable and cancellable by keyboard; focus returns to "Delete NAME"', async ({ page, list, backend }) => {
  await list.goto();
  await backend.createConnection({ authType: 'token', ...token });
  await page.reload();
  await expect(list.rows).toHaveCount(1);
  const deleteButton = list.deleteButton(token.name);
  const confirm = list.confirmDialog;
  const cancel = confirm.getByRole('button', { name: 'Cancel', exact: true });
  const confirmDelete = confirm.getByRole('button', { name: 'Delete', exact: true });

  await tabTo(page, deleteButton);
  await expectFocusIndicator(deleteButton);
  await page.keyboard.press('Enter');
  await expect(confirm).toBeVisible();
  // The safe choice has the focus; the destructive one is one Shift+Tab away.
  await expect(cancel).toBeFocused();
  await expectFocusIndicator(cancel);
  await page.keyboard.press('Shift+Tab');
  await expect(confirmDelete).toBeFocused();
  await expectFocusIndicator(confirmDelete);

  await page.keyboard.press('Escape');
  await expect(confirm).toBeHidden();
  await expect(deleteButton).toBeFocused();

  await page.keyboard.press('Enter');
  await expect(confirm).toBeVisible();
  await expect(cancel).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(confirm).toBeHidden();
  await expect(deleteButton).toBeFocused();
  await expect(list.rows).toHaveCount(1);
});
