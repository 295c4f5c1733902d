import { basic, storeHash, token } from '../data';
import { expect, test } from './fixtures';

test.describe('the server: the list at scale', () => {
  test('search by name and by store hash, kept in the address across a reload', async ({ page, list, api, axe }) => {
    await api.createConnection({ authType: 'token', ...token });
    await api.createConnection({ authType: 'basic', ...basic });
    await api.createConnection({ authType: 'oauth2', name: 'Acme outlet', storeHash: 'acme0001', oauthClientId: 'demo-oauth-client', scopes: ['store_v2_products_read_only'] });
    await list.goto();
    await expect(list.rows).toHaveCount(3);

    await list.search.fill('basic');
    await expect(list.rows).toHaveCount(1);
    await expect(list.row(basic.name)).toHaveCount(1);
    await list.search.fill('ACME00');
    await expect(list.rows).toHaveCount(1);
    await expect(list.row('Acme outlet')).toContainText('acme0001');
    await expect.poll(() => new URL(page.url()).search).toBe('?q=ACME00');

    await page.reload();
    await expect(list.search).toHaveValue('ACME00');
    await expect(list.rows).toHaveCount(1);
    await list.search.fill(storeHash);
    await expect(list.rows).toHaveCount(2);
    await expect(list.resultCount).toHaveText('Showing 2 connections');
    await axe('searched');
  });
});
