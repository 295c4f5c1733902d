import { basic, oauth2, storeHash, token, wrongAccessToken } from './data';
import { expect, test } from './bigcommerceConsole';
import { SetupGuide } from './pages/SetupGuide';
import { expectNoSidewaysScroll } from './screenshots';

// Issue 24: at 390 px no page of the app scrolls sideways (document.documentElement.scrollWidth <=
// innerWidth), in any state a person reaches, and each state is axe clean. The server's own pages:
// e2e/server/no-sideways-scroll.spec.ts.

test.use({ viewport: { width: 390, height: 844 } });

test('390 px: the list, empty, with connections and a message; not a page that does not exist', async ({ page, list, backend, axe, allowBigCommerceErrors }) => {
  allowBigCommerceErrors(401);
  await list.goto();
  await expectNoSidewaysScroll(page, 'the empty list');
  await backend.createConnection({ authType: 'token', ...token });
  await backend.createConnection({ authType: 'basic', ...basic, password: wrongAccessToken });
  await page.reload();
  await list.expectRow(basic.name, ['Needs attention']);
  await list.testButton(basic.name).click();
  await expect(list.status(`Connection "${basic.name}" failed its test`)).toBeVisible();
  await expectNoSidewaysScroll(page, 'the list with a message');
  await list.deleteButton(token.name).click();
  await expect(list.confirmDialog).toBeVisible();
  await expectNoSidewaysScroll(page, 'the delete question');
  await axe('the delete question, 390 px');

  await page.goto('/no-such-page');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectNoSidewaysScroll(page, 'a page that does not exist');
  await axe('not found, 390 px');
});

test('390 px: the create form with each auth type, its guide open, errors, and the client dialog', async ({ page, panel, axe }) => {
  const guide = new SetupGuide(page);
  await page.goto('/connections/new');
  await expect(guide.toggle).toBeVisible();
  await guide.expand();
  for (const type of ['OAuth 2.0', 'Basic', 'Token'] as const) {
    await panel.chooseAuthType(type);
    await expectNoSidewaysScroll(page, `the form, ${type}, guide open`);
  }
  await panel.save.click();
  await expect(page.getByRole('alert', { name: 'There is a problem' })).toBeFocused();
  await expectNoSidewaysScroll(page, 'the form with its errors');
  await axe('the form with its errors, 390 px');

  await panel.chooseAuthType('OAuth 2.0');
  await panel.storeHash.fill(storeHash);
  await expectNoSidewaysScroll(page, 'OAuth 2.0 with its redirect URL and scopes');
  const dialog = await panel.openCreateClientDialog();
  await expect(dialog.root).toBeVisible();
  await expectNoSidewaysScroll(page, 'the OAuth 2.0 client dialog');
  await axe('the client dialog, 390 px');
});

test('390 px: the edit form, and the callback page without an answer from BigCommerce', async ({ page, panel, backend, axe }) => {
  await page.goto('/');
  const { id } = await backend.createConnection({ authType: 'oauth2', name: oauth2.name, storeHash, oauthClientId: 'demo-oauth-client', scopes: ['store_v2_products_read_only'] });
  await page.goto(`/connections/${id}/edit`);
  await expect(panel.heading).toHaveText('Edit connection');
  await expect(panel.storeHash).toHaveValue(storeHash);
  await expectNoSidewaysScroll(page, 'the edit form');

  await page.goto('/oauth/callback');
  await expect(page.getByRole('alert')).toContainText('expected an answer from BigCommerce');
  await expectNoSidewaysScroll(page, 'the callback page');
  await axe('the callback page, 390 px');
});
