import { basic, demoClient, newClient, storeHash, token } from './data';
import { expect, test, type Page } from './fixtures';

/** A credentials file as BigCommerce downloads it when a store-level API account is saved. */
function credentialsFile(values: { accessToken?: string; clientId: string; clientSecret?: string; storeHash?: string }): string {
  return [
    values.accessToken !== undefined ? `ACCESS TOKEN: ${values.accessToken}` : undefined,
    'CLIENT NAME: Connection wizard',
    values.storeHash !== undefined ? `API PATH: https://api.bigcommerce.com/stores/${values.storeHash}/v3/` : undefined,
    `CLIENT ID: ${values.clientId}`,
    `CLIENT SECRET: ${values.clientSecret ?? 'p0n9m8l7k6j5h4g3f2d1s0a9z8x7c6v'}`,
  ]
    .filter((line) => line !== undefined)
    .join('\r\n');
}

const apiAccountFile = credentialsFile({ accessToken: token.accessToken, clientId: token.clientId, storeHash });

const textFile = (text: string, name = 'store-api-credentials.txt') => ({ name, mimeType: 'text/plain', buffer: Buffer.from(text) });

const importControl = (scope: Page | ReturnType<Page['getByRole']>) => scope.getByLabel('Import credentials file', { exact: true });

test.beforeEach(async ({ page, panel }) => {
  await page.goto('/connections/new');
  await expect(panel.heading).toHaveText('Create connection');
});

test('Token: the file fills access token, client ID and store hash; the connection saves', async ({ page, panel, list, secrets }) => {
  await panel.chooseAuthType('Token');
  await panel.name.fill(token.name);
  await expect(importControl(page)).toHaveCount(1);
  await importControl(panel.form).setInputFiles(textFile(apiAccountFile));

  await expect(panel.form.getByRole('status').filter({ hasText: /^Filled/ })).toHaveText(
    'Filled Access token, Client ID and Store hash from the file.',
  );
  await expect(panel.clientId).toHaveValue(token.clientId);
  await expect(panel.storeHash).toHaveValue(storeHash);
  await expect(panel.accessToken).not.toHaveValue('');
  await expect(page.locator('body')).not.toContainText(token.accessToken);

  // The access token is right if the simulated store accepts it.
  await panel.save.click();
  await expect(panel.heading).toBeHidden();
  await expect(list.status(token.name)).toBeVisible();
  await list.expectRow(token.name, ['Token', storeHash, 'Working']);
  await secrets.expectNoSecretLeaks([token.accessToken]);
});

test('Basic: the client ID goes into Username, the access token into Password', async ({ page, panel, list }) => {
  await panel.chooseAuthType('Basic');
  await panel.name.fill(basic.name);
  await importControl(page).setInputFiles(textFile(apiAccountFile));

  await expect(panel.form.getByRole('status').filter({ hasText: /^Filled/ })).toHaveText(
    'Filled Username, Password and Store hash from the file.',
  );
  await expect(panel.username).toHaveValue(basic.username);
  await expect(panel.storeHash).toHaveValue(storeHash);

  await panel.save.click();
  await expect(panel.heading).toBeHidden();
  await list.expectRow(basic.name, ['Basic', storeHash, 'Working']);
});

test('pasting or dropping the file works too', async ({ page, panel }) => {
  await panel.chooseAuthType('Token');
  const paste = panel.form.getByRole('textbox', { name: "Paste the credentials file's text" });
  await page.evaluate((text) => navigator.clipboard.writeText(text), apiAccountFile);
  await paste.focus();
  await page.keyboard.press('ControlOrMeta+V');
  await expect(panel.clientId).toHaveValue(token.clientId);
  await expect(paste).toHaveValue('');

  await panel.chooseAuthType('Basic');
  await expect(panel.username).toHaveValue('');
  const dataTransfer = await page.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'store-api-credentials.txt', { type: 'text/plain' }));
    return transfer;
  }, apiAccountFile);
  await importControl(page).locator('..').dispatchEvent('drop', { dataTransfer });
  await expect(panel.username).toHaveValue(basic.username);
});

test('the OAuth 2.0 client dialog: the file fills Client ID and Client secret; the client saves', async ({ page, panel }) => {
  await panel.chooseAuthType('OAuth 2.0');
  // Only the dialog imports for OAuth 2.0: the section itself has no such control.
  await expect(importControl(page)).toHaveCount(0);
  const dialog = await panel.openCreateClientDialog();
  await expect(importControl(page)).toHaveCount(1);
  await dialog.name.fill(newClient.name);
  await importControl(dialog.root).setInputFiles(
    textFile(credentialsFile({ clientId: newClient.clientId, clientSecret: newClient.clientSecret })),
  );

  await expect(dialog.root.getByRole('status').filter({ hasText: /^Filled/ })).toHaveText('Filled Client ID and Client secret from the file.');
  await expect(dialog.clientId).toHaveValue(newClient.clientId);
  await expect(dialog.clientSecret).not.toHaveValue('');
  await expect(page.locator('body')).not.toContainText(newClient.clientSecret);

  // The secret was filled if the client saves (it is required).
  await dialog.save.click();
  await expect(dialog.root).toBeHidden();
  await panel.expectSelectedClient(newClient.name);
  await expect(panel.oauthClient.getByRole('option', { name: demoClient.name, exact: true })).toHaveCount(1);
});

test.describe('a bad file', () => {
  test('shows an error and changes nothing', async ({ page, panel }) => {
    await panel.chooseAuthType('Token');
    await panel.clientId.fill('typed-by-hand');
    await panel.storeHash.fill('abc123');
    await importControl(page).setInputFiles(textFile('{ "access_token": "abc", "client_id": "def" }', 'credentials.json'));

    const error = panel.form.getByRole('alert');
    await expect(error).toContainText('This is not a BigCommerce credentials file');
    await expect(error).toContainText('ACCESS TOKEN:');
    await expect(panel.accessToken).toHaveValue('');
    await expect(panel.clientId).toHaveValue('typed-by-hand');
    await expect(panel.storeHash).toHaveValue('abc123');
    await expect(panel.form.getByRole('status').filter({ hasText: /^Filled/ })).toHaveCount(0);

    // A good file afterwards clears the error.
    await importControl(page).setInputFiles(textFile(apiAccountFile));
    await expect(panel.clientId).toHaveValue(token.clientId);
    await expect(error).toHaveCount(0);
  });

  test('an empty file, and in the dialog a file without client credentials', async ({ page, panel }) => {
    await panel.chooseAuthType('Basic');
    await importControl(page).setInputFiles(textFile(''));
    await expect(panel.form.getByRole('alert')).toContainText('The file is empty.');
    await expect(panel.username).toHaveValue('');

    await panel.chooseAuthType('OAuth 2.0');
    const dialog = await panel.openCreateClientDialog();
    await importControl(dialog.root).setInputFiles(textFile(`ACCESS TOKEN: ${token.accessToken}`));
    await expect(dialog.root.getByRole('alert')).toHaveText('The file has no CLIENT ID or CLIENT SECRET line with a value, so nothing was filled.');
    await expect(dialog.clientId).toHaveValue('');
    await expect(dialog.clientSecret).toHaveValue('');
  });
});
