import { messages, oauthClientText } from '../src/features/connections/schema';
import { demoClient, newClient, rotatedClientSecret } from './data';
import { expect, helpStart, test } from './fixtures';

test.beforeEach(async ({ page, panel }) => {
  await page.goto('/connections/new');
  await panel.chooseAuthType('OAuth 2.0');
});

test('offers the saved clients; "Edit OAuth 2.0 client" needs one selected', async ({ panel }) => {
  await expect(panel.oauthClient.getByRole('option', { name: demoClient.name, exact: true })).toHaveCount(1);
  await expect(panel.editClientButton).toBeDisabled();
  await expect(panel.createClientButton).toBeEnabled();

  await panel.selectClient(demoClient.name);
  await expect(panel.editClientButton).toBeEnabled();
});

test('creating a client: the dialog closes, the new client is selected, focus returns to the opener', async ({ page, panel }) => {
  // Escape closes without saving.
  let dialog = await panel.openCreateClientDialog();
  await expect(dialog.root).toHaveAccessibleName(/Create OAuth 2\.0 client/);
  await expect(dialog.name).toBeFocused();
  await dialog.name.fill('Never saved');
  await page.keyboard.press('Escape');
  await expect(dialog.root).toBeHidden();
  await expect(panel.createClientButton).toBeFocused();
  await expect(panel.oauthClient.getByRole('option', { name: 'Never saved' })).toHaveCount(0);

  dialog = await panel.openCreateClientDialog();
  await expect(dialog.name).toHaveValue('');
  await expect(dialog.name).toHaveAccessibleDescription(helpStart(oauthClientText.name.help, 5));
  await expect(dialog.clientId).toHaveAccessibleDescription(helpStart(oauthClientText.clientId.help, 5));
  await expect(dialog.clientSecret).toHaveAccessibleDescription(helpStart(oauthClientText.clientSecret.help, 5));
  await dialog.fill(newClient);
  await dialog.save.click();

  await expect(dialog.root).toBeHidden();
  await panel.expectSelectedClient(newClient.name);
  await expect(panel.createClientButton).toBeFocused();
  await expect(panel.editClientButton).toBeEnabled();
  await expect(panel.oauthClient.getByRole('option', { name: demoClient.name, exact: true })).toHaveCount(1);
});

test('the client dialog validates its fields', async ({ panel }) => {
  const dialog = await panel.openCreateClientDialog();
  // By keyboard: see the next test for a click.
  await dialog.save.press('Enter');
  await expect(dialog.root).toBeVisible();
  await panel.expectFieldError(dialog.name, messages.clientNameRequired);
  await panel.expectFieldError(dialog.clientId, messages.clientIdRequired('client ID'));
  await panel.expectFieldError(dialog.clientSecret, messages.clientSecretRequired);

  await dialog.fill({ name: newClient.name, clientId: 'c1i2-e3n4', clientSecret: `Bearer ${newClient.clientSecret}` });
  await dialog.save.click();
  await expect(dialog.root).toBeVisible();
  await panel.expectNoFieldError(dialog.name, messages.clientNameRequired);
  await panel.expectFieldError(dialog.clientId, messages.clientIdInvalid('client ID'));
  await panel.expectFieldError(dialog.clientSecret, messages.secretHasBearer('client secret'));

  await dialog.fill({ clientSecret: 'z9x8c7v6 b5n4m3' });
  await dialog.save.click();
  await panel.expectFieldError(dialog.clientSecret, messages.secretHasSpace('client secret'));
});

test('"Save" in the client dialog works with the first click, straight from the focused Name field', async ({ panel }) => {
  const dialog = await panel.openCreateClientDialog();
  await expect(dialog.name).toBeFocused();
  // The name's error appears as the field is left (on mousedown); the click must still reach Save.
  await dialog.save.click();
  await panel.expectFieldError(dialog.clientId, messages.clientIdRequired('client ID'));
  await panel.expectFieldError(dialog.clientSecret, messages.clientSecretRequired);
});

test('editing a client asks for the secret again', async ({ panel }) => {
  await panel.selectClient(demoClient.name);
  const dialog = await panel.openEditClientDialog();
  await expect(dialog.root).toHaveAccessibleName(/Edit OAuth 2\.0 client/);
  await expect(dialog.name).toHaveValue(demoClient.name);
  await expect(dialog.clientId).toHaveValue(demoClient.clientId);
  await expect(dialog.clientSecret).toHaveValue('');
  await panel.expectStoredSecretNote(dialog.clientSecret, oauthClientText.clientSecret.help);

  await dialog.name.fill('Demo app, renamed');
  await dialog.save.click();
  await expect(dialog.root).toBeVisible();
  await panel.expectFieldError(dialog.clientSecret, messages.clientSecretRequired);

  await dialog.clientSecret.fill(rotatedClientSecret);
  await dialog.save.click();
  await expect(dialog.root).toBeHidden();
  await panel.expectSelectedClient('Demo app, renamed');
  await expect(panel.editClientButton).toBeFocused();
  await expect(panel.oauthClient.getByRole('option', { name: demoClient.name, exact: true })).toHaveCount(0);
});

test('the redirect URL is read-only and "Copy redirect URL" copies it', async ({ page, panel }) => {
  const expected = `${new URL(page.url()).origin}/oauth/callback`;
  await expect(panel.redirectUrl).toHaveValue(expected);
  await expect(panel.redirectUrl).not.toBeEditable();

  await panel.copyRedirectUrl.click();
  await expect(page.getByText(/copied/i)).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
});
