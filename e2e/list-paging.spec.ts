import type { Page } from '@playwright/test';
import type { ConnectionInput } from '../src/features/connections/schema';
import { expect, test } from './fixtures';
import { storeHash, token } from './data';

/** `count` OAuth 2.0 connections, not authorized yet (so "Needs attention"), named "Shop 01"…, each with a store of its own. */
async function seedShops(backend: { createConnection: (input: ConnectionInput) => Promise<unknown> }, count: number) {
  for (let start = 1; start <= count; start += 10) {
    const batch = Array.from({ length: Math.min(10, count - start + 1) }, (_, offset) => start + offset);
    await Promise.all(
      batch.map((n) =>
        backend.createConnection({
          authType: 'oauth2',
          name: `Shop ${String(n).padStart(2, '0')}`,
          storeHash: `shop${String(n).padStart(4, '0')}`,
          oauthClientId: 'demo-oauth-client',
          scopes: ['store_v2_products_read_only'],
        }),
      ),
    );
  }
}

const search = (page: Page) => new URL(page.url()).search;

test.describe('the list at scale', () => {
  test('pages of 50: "Show more" by keyboard adds the next, takes focus to its first row and says how many', async ({ page, list, backend, axe }) => {
    await list.goto();
    await seedShops(backend, 60);
    await page.reload();
    await expect(list.rows).toHaveCount(50);
    await expect(list.resultCount).toHaveText('Showing 50 connections');
    // The attention summary counts them all, names a few only, and leads to the rest.
    const attention = page.getByRole('region', { name: '60 connections need attention' });
    await expect(attention.getByRole('link', { name: /^Shop / })).toHaveCount(10);
    await axe('first page');

    await list.showMore.focus();
    await page.keyboard.press('Enter');
    await expect(list.rows).toHaveCount(60);
    await expect(list.resultCount).toHaveText('Showing 60 connections');
    await expect(list.rowLink(50)).toBeFocused();
    await expect(list.showMore).toBeHidden();
    await axe('every page');

    await attention.getByRole('link', { name: 'and more connections that need attention' }).click();
    await expect(list.statusFilter).toHaveValue('attention,uninstalled');
    expect(search(page)).toBe('?status=attention,uninstalled');
    await expect(list.rows).toHaveCount(50);
  });

  test('search by name or store hash; the address keeps it across reload and Back; nothing found offers to clear it', async ({ page, list, backend, axe }) => {
    await list.goto();
    await backend.createConnection({ authType: 'token', ...token });
    await seedShops(backend, 3);
    await page.reload();
    await expect(list.rows).toHaveCount(4);

    await list.search.fill('shop 02');
    await expect(list.rows).toHaveCount(1);
    await expect(list.row('Shop 02')).toHaveCount(1);
    await expect(list.resultCount).toHaveText('Showing 1 connection');
    await expect.poll(() => search(page)).toBe('?q=shop+02');

    // By store hash, any part of it, any case.
    await list.search.fill('X7KQ2');
    await expect(list.rows).toHaveCount(1);
    await expect(list.row(token.name)).toContainText(storeHash);
    await expect.poll(() => search(page)).toBe('?q=X7KQ2');
    await axe('searched');

    await page.reload();
    await expect(list.search).toHaveValue('X7KQ2');
    await expect(list.rows).toHaveCount(1);

    await list.row(token.name).getByRole('link', { name: token.name }).click();
    await expect(page.getByRole('heading', { level: 1, name: token.name })).toBeVisible();
    await page.goBack();
    await expect(list.search).toHaveValue('X7KQ2');
    await expect(list.rows).toHaveCount(1);

    await list.search.fill('no such thing');
    await expect(list.resultCount).toHaveText('No connection matches “no such thing”.');
    await expect(list.rows).toHaveCount(0);
    await axe('nothing found');
    await page.getByRole('button', { name: 'Clear search' }).click();
    await expect(list.rows).toHaveCount(4);
    await expect(list.search).toHaveValue('');
    await expect(list.search).toBeFocused();
    expect(search(page)).toBe('');
  });

  test('the status filter, kept in the address; with a search, and when nothing has the status', async ({ page, list, backend, axe }) => {
    await list.goto();
    await backend.createConnection({ authType: 'token', ...token });
    await seedShops(backend, 2);
    await page.reload();
    await expect(list.statusFilter).toHaveValue('');

    await list.statusFilter.selectOption({ label: 'Working' });
    await expect(list.rows).toHaveCount(1);
    await expect(list.row(token.name)).toHaveCount(1);
    await expect.poll(() => search(page)).toBe('?status=working');

    await list.statusFilter.selectOption({ label: 'Needs attention' });
    await expect(list.rows).toHaveCount(2);
    await list.search.fill('01');
    await expect(list.rows).toHaveCount(1);
    await expect.poll(() => search(page)).toBe('?q=01&status=attention');
    await page.reload();
    await expect(list.statusFilter).toHaveValue('attention');
    await expect(list.search).toHaveValue('01');
    await expect(list.row('Shop 01')).toHaveCount(1);
    await axe('filtered');

    await list.search.fill('');
    await list.statusFilter.selectOption({ label: 'Uninstalled' });
    await expect(list.resultCount).toHaveText('No connection has the status Uninstalled.');
    await page.getByRole('button', { name: 'Show all connections' }).click();
    await expect(list.rows).toHaveCount(3);
    await expect(list.statusFilter).toHaveValue('');
  });
});
