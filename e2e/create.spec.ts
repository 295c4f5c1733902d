import { basic, demoClient, newClient, oauth2, storeHash, token } from './data';
import { expect, test } from './fixtures';

test.describe('the connections list', () => {
  test('starts empty, invites the first connection, and "Create connection" opens the panel', async ({ list, panel }) => {
    await list.goto();
    await expect(list.rows).toHaveCount(0);
    await expect(list.emptyState).toBeVisible();

    await list.createLink.click();
    await expect(panel.heading).toHaveText('Create connection');
    await expect(panel.name).toBeVisible();
    await expect(panel.name).toHaveValue('');
  });

  test('"Create your first connection" opens the panel too, in the page (no reload)', async ({ page, list, panel }) => {
    await list.goto();
    await expect(list.emptyState).toBeVisible();
    await page.evaluate(() => Object.assign(window, { sameDocument: true }));
    await page.getByRole('link', { name: 'Create your first connection', exact: true }).click();
    await expect(panel.heading).toHaveText('Create connection');
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
  });

  test('"Reset demo data" brings back the start', async ({ list, panel, backend }) => {
    await list.goto();
    await backend.createConnection({ authType: 'token', ...token, name: 'Left over' });
    await backend.createOAuthClient(newClient);
    await list.page.reload();
    await expect(list.row('Left over')).toBeVisible();

    await list.resetDemo();
    await expect(list.status(/reset/i)).toBeVisible();
    await expect(list.rows).toHaveCount(0);
    await expect(list.emptyState).toBeVisible();
    await list.page.reload();
    await expect(list.emptyState).toBeVisible();
    await expect(list.rows).toHaveCount(0);

    // The OAuth 2.0 clients are back to the demo one.
    await list.createLink.click();
    await panel.chooseAuthType('OAuth 2.0');
    await expect(panel.oauthClient.getByRole('option', { name: demoClient.name, exact: true })).toHaveCount(1);
    await expect(panel.oauthClient.getByRole('option', { name: newClient.name, exact: true })).toHaveCount(0);
  });
});

test.describe('creating a connection', () => {
  test('Token: saved, listed with a confirmation, and still there after a reload', async ({ page, list, panel }) => {
    await page.goto('/connections/new');
    await expect(panel.heading).toHaveText('Create connection');
    await panel.fillToken(token);
    await panel.save.click();

    await expect(panel.heading).toBeHidden();
    await expect(list.status(token.name)).toBeVisible();
    await list.expectRow(token.name, ['Token', storeHash, 'Working']);

    await page.reload();
    await list.expectRow(token.name, ['Token', storeHash, 'Working']);
  });

  test('Basic: saved and listed', async ({ list, panel }) => {
    await list.goto();
    await list.createLink.click();
    await panel.fillBasic(basic);
    await panel.save.click();

    await expect(panel.heading).toBeHidden();
    await expect(list.status(basic.name)).toBeVisible();
    await list.expectRow(basic.name, ['Basic', storeHash, 'Working']);
  });

  test('OAuth 2.0 with the demo client and Products read-only: saved and listed', async ({ list, panel }) => {
    await list.goto();
    await list.createLink.click();
    await panel.fillOAuth2(oauth2);
    await expect(panel.scopeLevel('Products', 'Read-only')).toBeChecked();
    await panel.save.click();

    await expect(panel.heading).toBeHidden();
    await expect(list.status(oauth2.name)).toBeVisible();
    await list.expectRow(oauth2.name, ['OAuth 2.0', storeHash, /not authorized/i]);
  });

  test('the list shows each connection with its auth type, store hash, status and last update, newest first', async ({ list, backend }) => {
    await list.goto();
    await backend.createConnection({ authType: 'basic', ...basic });
    await backend.createConnection({ authType: 'token', ...token });
    await list.page.reload();

    await expect(list.rows).toHaveCount(2);
    await expect(list.rows.first()).toContainText(token.name);
    await expect(list.rows.nth(1)).toContainText(basic.name);
    for (const header of ['Name', 'Auth type', 'Store hash', 'Status', 'Last updated']) {
      await expect(list.page.getByRole('columnheader', { name: header, exact: true })).toBeVisible();
    }
    await expect(list.rows.first().getByRole('rowheader')).toHaveText(token.name);
    await expect(list.rows.first().getByRole('cell')).toContainText(['Token', storeHash, 'Working', /\d/]);
  });
});
