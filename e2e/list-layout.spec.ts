import type { Locator, Page } from '@playwright/test';
import { basic, storeHash, token, wrongAccessToken } from './data';
import { expect, test } from './bigcommerceConsole';
import type { Backend } from './fixtures';
import type { ConnectionsList } from './pages/ConnectionsList';
import { expectNoSidewaysScroll } from './screenshots';

// The list's layout (issue 24): a table that reads cleanly at 1280 px, a card per connection on a phone.

const oauthName = 'BigCommerce - OAuth store';

/**
 * At `width`, the list of three connections: online, offline with a long reason (a refused
 * password), not authorized; nothing scrolls sideways. Their ids by name.
 */
async function threeConnections(list: ConnectionsList, backend: Backend, width: number): Promise<Record<string, string>> {
  await list.page.setViewportSize({ width, height: 900 });
  const ids: Record<string, string> = {};
  ids[token.name] = (await backend.createConnection({ authType: 'token', ...token })).id;
  ids[basic.name] = (await backend.createConnection({ authType: 'basic', ...basic, password: wrongAccessToken })).id;
  ids[oauthName] = (await backend.createConnection({ authType: 'oauth2', name: oauthName, storeHash, oauthClientId: 'demo-oauth-client', scopes: ['store_v2_products_read_only'] })).id;
  await list.page.reload();
  await list.expectRow(basic.name, ['Needs attention']);
  await expectNoSidewaysScrollInList(list.page);
  return ids;
}

const top = async (locator: Locator) => (await locator.boundingBox())!.y;
/** How many lines the element's text takes. */
const lines = (locator: Locator) =>
  locator.evaluate((element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
  });
/** The label a card puts before a cell (CSS generated content). */
const cardLabel = (locator: Locator) => locator.evaluate((element) => getComputedStyle(element, '::before').content);

async function expectNoSidewaysScrollInList(page: Page): Promise<void> {
  await expectNoSidewaysScroll(page, 'the list');
  const wrap = page.getByRole('table').locator('xpath=..');
  expect(await wrap.evaluate((element) => element.scrollWidth - element.clientWidth)).toBeLessThanOrEqual(0);
}

test.describe("the list's layout", () => {
  test.beforeEach(async ({ list, allowBigCommerceErrors }) => {
    allowBigCommerceErrors(401);
    await list.goto();
  });

  test('1280 px: columns as wide as their content; actions, auth types and dates on one line, after a failed test too', async ({ list, backend, axe }) => {
    const ids = await threeConnections(list, backend, 1280);

    for (const name of Object.keys(ids)) {
      const row = list.row(name);
      const [test, edit, remove] = [list.testButton(name), list.editButton(name), list.deleteButton(name)];
      expect(await top(edit), `${name}: Edit beside Test`).toBe(await top(test));
      expect(await top(remove), `${name}: Delete beside Edit`).toBe(await top(edit));
      expect(await lines(row.locator('time')), `${name}: the date on one line`).toBe(1);
      expect(await lines(row.getByRole('cell').first()), `${name}: the auth type on one line`).toBe(1);
      expect(await cardLabel(row.getByRole('cell').first()), 'no card labels in the table').toBe('none');
    }

    // A failed test leaves the row's buttons on one line.
    await list.testButton(basic.name).click();
    await expect(list.status(`Connection "${basic.name}" failed its test`)).toBeVisible();
    expect(await top(list.deleteButton(basic.name))).toBe(await top(list.testButton(basic.name)));
    await axe('list at 1280 px');
  });

  test('390 px: a card per connection, its name a link to it, with its store, status and actions, and no sideways scroll', async ({ page, list, backend, axe }) => {
    const ids = await threeConnections(list, backend, 390);
    // Still a table to a screen reader: rows, a header cell naming each row, the column headers.
    await expect(list.rows).toHaveCount(3);
    await expect(page.getByRole('columnheader', { name: 'Store hash', exact: true })).toBeAttached();

    for (const [name, id] of Object.entries(ids)) {
      const row = list.row(name);
      await expect(row.getByRole('rowheader').getByRole('link', { name, exact: true })).toHaveAttribute('href', `/connections/${id}`);
      const store = row.getByRole('cell').nth(1);
      await expect(store).toHaveText(storeHash);
      // Labelled for the eye ("Store hash: "), silent to screen readers, which have the column header.
      expect(await cardLabel(store)).toBe('"Store hash: " / ""');
      for (const button of [list.testButton(name), list.editButton(name), list.deleteButton(name)]) {
        await expect(button).toBeVisible();
        const box = (await button.boundingBox())!;
        expect(box.x + box.width, `${name}: its buttons within the screen`).toBeLessThanOrEqual(390);
      }
    }
    await expect(list.row(basic.name)).toContainText('Needs attention');
    await axe('list at 390 px');
  });

  test('the name links to the connection at 1280 px too', async ({ page, list, backend }) => {
    const { id } = await backend.createConnection({ authType: 'token', ...token });
    await page.reload();
    await expect(list.row(token.name).getByRole('link', { name: token.name, exact: true })).toHaveAttribute('href', `/connections/${id}`);
  });
});
