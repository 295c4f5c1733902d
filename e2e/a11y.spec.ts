import { basic, token } from './data';
import { expect, test } from './fixtures';

test('the list: empty, with rows, and the delete confirmation', async ({ list, backend, axe }) => {
  await list.goto();
  await expect(list.emptyState).toBeVisible();
  await axe('empty list');

  await backend.createConnection({ authType: 'token', ...token });
  await backend.createConnection({ authType: 'basic', ...basic });
  await list.page.reload();
  await expect(list.rows).toHaveCount(2);
  await axe('list with rows');

  await list.deleteButton(token.name).click();
  await expect(list.confirmDialog).toBeVisible();
  await axe('delete confirmation');
});

test('the create panel: no type yet, each auth type, and errors shown', async ({ page, panel, axe }) => {
  await page.goto('/connections/new');
  await expect(panel.heading).toBeVisible();
  await axe('create panel, no auth type');

  await panel.save.click();
  await expect(panel.errorSummary).toBeFocused();
  await axe('errors shown');

  await panel.chooseAuthType('Token');
  await expect(panel.accessToken).toBeVisible();
  await axe('Token');

  await panel.chooseAuthType('Basic');
  await expect(panel.password).toBeVisible();
  await axe('Basic');

  await panel.chooseAuthType('OAuth 2.0');
  await expect(panel.scopes).toBeVisible();
  await axe('OAuth 2.0');

  await panel.save.click();
  await expect(panel.errorSummary).toBeFocused();
  await axe('OAuth 2.0 with errors');
});

test('the OAuth 2.0 client dialog, empty and with errors', async ({ page, panel, axe }) => {
  await page.goto('/connections/new');
  await panel.chooseAuthType('OAuth 2.0');
  const dialog = await panel.openCreateClientDialog();
  await axe('client dialog open');

  await dialog.save.click();
  await expect(dialog.name).toHaveAttribute('aria-invalid', 'true');
  await axe('client dialog with errors');
});

test('the edit panel of a saved connection', async ({ list, panel, backend, axe }) => {
  await list.goto();
  await backend.createConnection({ authType: 'token', ...token });
  await list.page.reload();
  await list.editButton(token.name).click();
  await expect(panel.heading).toHaveText('Edit connection');
  await axe('edit panel');
});
