import { token } from './data';
import { expect, test } from './fixtures';
import { ConnectionPage } from './pages/ConnectionPage';

// The header's way back to the connections (issue 24): a "Connections" link, marked as the current page on the list and as the current section on a connection's form and its own page.
test.describe('the header', () => {
  test('"Connections" in the main navigation: current on the list, the section of the form and of a connection’s page, and the way back from them', async ({
    page,
    list,
    panel,
    backend,
  }) => {
    const nav = page.getByRole('banner').getByRole('navigation', { name: 'Main' });
    const connections = nav.getByRole('link', { name: 'Connections', exact: true });
    await list.goto();
    await expect(connections).toHaveAttribute('aria-current', 'page');
    await expect(connections).toHaveAttribute('href', '/');

    await list.createLink.click();
    await expect(panel.heading).toHaveText('Create connection');
    await expect(connections).toHaveAttribute('aria-current', 'true');
    await connections.click();
    await expect(list.heading).toBeVisible();
    await expect(connections).toHaveAttribute('aria-current', 'page');

    // A connection's own page (/connections/:id) is in the section too.
    const { id } = await backend.createConnection({ authType: 'token', ...token });
    const details = new ConnectionPage(page);
    await details.goto(id);
    await expect(details.heading).toHaveText(token.name);
    await expect(connections).toHaveAttribute('aria-current', 'true');
    await connections.click();
    await expect(list.heading).toBeVisible();
    await expect(connections).toHaveAttribute('aria-current', 'page');
  });

  test('at 390 px the brand is the logo alone (its name kept for screen readers) and the link still shows', async ({ page, list }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await list.goto();
    const brand = page.getByRole('banner').getByRole('link', { name: 'BigCommerce connections', exact: true });
    await expect(brand).toBeVisible();
    expect((await brand.boundingBox())!.width).toBeLessThan(60);
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Connections', exact: true })).toBeVisible();
  });
});
