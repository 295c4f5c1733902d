import { messages } from '../src/features/connections/schema';
import { newClient, rotatedAccessToken, storeHash, token } from './data';
import { expect, test } from './fixtures';
import type { ConnectionPanel } from './pages/ConnectionPanel';

/** Chromium logs every answer with an error status, and every failed fetch, as a console error. */
const failedLoad = (what: string) => new RegExp(`Failed to load resource: .*${what}`);

async function expectTokenValuesKept(panel: ConnectionPanel) {
  await expect(panel.name).toHaveValue(token.name);
  await expect(panel.authType('Token')).toBeChecked();
  await expect(panel.accessToken).toHaveValue(token.accessToken);
  await expect(panel.clientId).toHaveValue(token.clientId);
  await expect(panel.storeHash).toHaveValue(storeHash);
}

test.describe('saving fails', () => {
  test('a name taken in another case: the backend\'s 409 lands on the name field', async ({ page, list, panel, backend, pageLog }) => {
    pageLog.allowConsoleErrors(failedLoad('409'));
    await list.goto();
    await list.createLink.click();
    await panel.fillToken({ ...token, name: 'Main Store' });
    await panel.save.click();
    await expect(list.row('Main Store')).toHaveCount(1);

    // The second one, differing by case. Whether the app notices on leaving the field or the
    // backend answers 409 on save, the message lands on the field and nothing is saved.
    await list.createLink.click();
    await panel.fillToken({ ...token, name: 'MAIN STORE' });
    await panel.save.click();
    await panel.expectFieldError(panel.name, messages.nameTaken('MAIN STORE'));
    await expect(panel.summaryLink(messages.nameTaken('MAIN STORE'))).toBeVisible();
    await expect(panel.heading).toHaveText('Create connection');
    await expect(panel.accessToken).toHaveValue(token.accessToken);

    // Now a name taken behind the app's back, after the field was checked: only the backend knows.
    await panel.name.fill('Side door');
    await panel.name.blur();
    await expect(panel.name).not.toHaveAttribute('aria-invalid', 'true');
    await backend.createConnection({ authType: 'token', ...token, name: 'side door' });
    const conflict = page.waitForResponse((r) => r.url().endsWith('/api/connections') && r.request().method() === 'POST');
    await panel.save.click();
    expect((await conflict).status()).toBe(409);
    await panel.expectFieldError(panel.name, messages.nameTaken('Side door'));
    await expect(panel.name).toHaveValue('Side door');
    await expect(panel.accessToken).toHaveValue(token.accessToken);
    await expect(panel.clientId).toHaveValue(token.clientId);
    await expect(panel.storeHash).toHaveValue(storeHash);
  });

  test('a server error (500): an alert, and everything typed is kept; a retry saves', async ({ list, panel, backend, pageLog }) => {
    pageLog.allowConsoleErrors(failedLoad('500'));
    await list.goto();
    await list.createLink.click();
    await panel.fillToken(token);
    await backend.setScenario('connections.create', 'server-error');
    await panel.save.click();

    await expect(list.page.getByRole('alert').filter({ hasText: /went wrong|try again/i })).toBeVisible();
    await expect(panel.heading).toHaveText('Create connection');
    await expectTokenValuesKept(panel);

    await backend.clearScenarios();
    await panel.save.click();
    await expect(panel.heading).toBeHidden();
    await list.expectRow(token.name, ['Token', storeHash]);
  });

  test('the network fails: an alert, and everything typed is kept', async ({ list, panel, backend, pageLog }) => {
    pageLog.allowConsoleErrors(failedLoad('net::ERR_FAILED'));
    await list.goto();
    await list.createLink.click();
    await panel.fillToken(token);
    await backend.setScenario('connections.create', 'network-error');
    await panel.save.click();

    await expect(list.page.getByRole('alert').filter({ hasText: /could not be reached|network|connection/i })).toBeVisible();
    await expect(panel.heading).toHaveText('Create connection');
    await expectTokenValuesKept(panel);
  });

  test('while saving, the button shows progress and a second press saves nothing more', async ({ list, panel, backend }) => {
    await list.goto();
    await list.createLink.click();
    await panel.fillToken(token);
    await backend.setScenario('connections.create', 'slow');

    await panel.save.dblclick();
    await expect(panel.save).toBeDisabled();
    await expect(panel.save).toHaveText(/saving/i);
    await panel.save.click({ force: true });

    await expect(panel.heading).toBeHidden({ timeout: 10_000 });
    await expect(list.row(token.name)).toHaveCount(1);
    await list.page.reload();
    await expect(list.rows).toHaveCount(1);
  });
});

test.describe('other saves fail', () => {
  test('editing while the service is unavailable (503): an alert, and every value kept, the re-entered secret too', async ({ list, panel, backend, pageLog }) => {
    pageLog.allowConsoleErrors(failedLoad('503'));
    await list.goto();
    await backend.createConnection({ authType: 'token', ...token });
    await list.page.reload();
    await list.editButton(token.name).click();
    await expect(panel.heading).toHaveText('Edit connection');
    await panel.accessToken.fill(rotatedAccessToken);
    await panel.storeHash.fill('z9y8x7w6v5');
    await backend.setScenario('connections.update', 'unavailable');
    await panel.save.click();

    await expect(list.page.getByRole('alert').filter({ hasText: /unavailable/i })).toBeVisible();
    await expect(panel.heading).toHaveText('Edit connection');
    await expect(panel.name).toHaveValue(token.name);
    await expect(panel.authType('Token')).toBeChecked();
    await expect(panel.accessToken).toHaveValue(rotatedAccessToken);
    await expect(panel.clientId).toHaveValue(token.clientId);
    await expect(panel.storeHash).toHaveValue('z9y8x7w6v5');
  });

  test('creating an OAuth 2.0 client fails (500): an alert in the dialog, which keeps what was typed', async ({ page, panel, backend, pageLog }) => {
    pageLog.allowConsoleErrors(failedLoad('500'));
    await page.goto('/connections/new');
    await panel.chooseAuthType('OAuth 2.0');
    const dialog = await panel.openCreateClientDialog();
    await dialog.fill(newClient);
    await backend.setScenario('oauthClients.create', 'server-error', { once: true });
    await dialog.save.click();

    await expect(dialog.root.getByRole('alert')).toBeVisible();
    await expect(dialog.root).toBeVisible();
    await expect(dialog.name).toHaveValue(newClient.name);
    await expect(dialog.clientId).toHaveValue(newClient.clientId);
    await expect(dialog.clientSecret).toHaveValue(newClient.clientSecret);

    // The scenario was for once: saving again works.
    await dialog.save.click();
    await expect(dialog.root).toBeHidden();
    await panel.expectSelectedClient(newClient.name);
  });

  test('deleting fails (500): the confirm dialog says so and the connection stays', async ({ list, backend, pageLog }) => {
    pageLog.allowConsoleErrors(failedLoad('500'));
    await list.goto();
    await backend.createConnection({ authType: 'token', ...token });
    await list.page.reload();
    await backend.setScenario('connections.delete', 'server-error');
    await list.deleteButton(token.name).click();
    await list.confirmDialog.getByRole('button', { name: 'Delete', exact: true }).click();

    await expect(list.confirmDialog.getByRole('alert')).toBeVisible();
    await list.confirmDialog.getByRole('button', { name: 'Cancel', exact: true }).click();
    await expect(list.confirmDialog).toBeHidden();
    await expect(list.row(token.name)).toHaveCount(1);
  });
});

test.describe('loading fails', () => {
  for (const failure of ['server-error', 'contract-violation'] as const) {
    test(`the list cannot be loaded (${failure}): an alert says so`, async ({ page, list, backend, pageLog }) => {
      pageLog.allowConsoleErrors(failedLoad('500'));
      await backend.setScenarioFromStart('connections.list', failure);
      await page.goto('/');
      await expect(list.heading).toBeVisible();
      await expect(page.getByRole('alert')).toBeVisible();
      await expect(list.rows).toHaveCount(0);
    });
  }
});
