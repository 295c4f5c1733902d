import { authTypeOptions, fieldText, messages } from '../src/features/connections/schema';
import { basic, pastedStoreHashes, storeHash, token } from './data';
import { contains, expect, helpStart, test } from './fixtures';

test.beforeEach(async ({ page, panel }) => {
  await page.goto('/connections/new');
  await expect(panel.heading).toHaveText('Create connection');
});

test.describe('the auth type', () => {
  test('offers three types with a description each, none chosen at first', async ({ panel }) => {
    await expect(panel.authTypeGroup.getByRole('radio')).toHaveCount(3);
    for (const option of authTypeOptions) {
      const radio = panel.authType(option.label);
      await expect(radio).toHaveAccessibleName(option.label);
      await expect(radio).not.toBeChecked();
      await expect(radio).toHaveAccessibleDescription(contains(option.description));
    }
    await expect(panel.storeHash).toHaveCount(0);
  });

  test('shows only the chosen type\'s fields, each with its help text', async ({ panel }) => {
    await expect(panel.name).toHaveAccessibleName(fieldText.name.label);
    await expect(panel.name).toHaveAccessibleDescription(helpStart(fieldText.name.help));

    await panel.chooseAuthType('OAuth 2.0');
    for (const [field, text] of [
      [panel.storeHash, fieldText.storeHash],
      [panel.oauthClient, fieldText.oauthClientId],
      [panel.redirectUrl, fieldText.redirectUrl],
    ] as const) {
      await expect(field).toBeVisible();
      await expect(field).toHaveAccessibleName(text.label);
      await expect(field).toHaveAccessibleDescription(helpStart(text.help));
    }
    await expect(panel.scopes).toBeVisible();
    await expect(panel.scopes).toHaveAccessibleDescription(helpStart(fieldText.scopes.help));
    await expect(panel.username).toHaveCount(0);
    await expect(panel.password).toHaveCount(0);
    await expect(panel.accessToken).toHaveCount(0);
    await expect(panel.clientId).toHaveCount(0);

    await panel.chooseAuthType('Basic');
    for (const [field, text] of [
      [panel.username, fieldText.username],
      [panel.password, fieldText.password],
      [panel.storeHash, fieldText.storeHash],
    ] as const) {
      await expect(field).toBeVisible();
      await expect(field).toHaveAccessibleName(text.label);
      await expect(field).toHaveAccessibleDescription(helpStart(text.help));
    }
    await expect(panel.oauthClient).toHaveCount(0);
    await expect(panel.scopes).toHaveCount(0);
    await expect(panel.redirectUrl).toHaveCount(0);
    await expect(panel.accessToken).toHaveCount(0);
    await expect(panel.clientId).toHaveCount(0);

    await panel.chooseAuthType('Token');
    for (const [field, text] of [
      [panel.accessToken, fieldText.accessToken],
      [panel.clientId, fieldText.clientId],
      [panel.storeHash, fieldText.storeHash],
    ] as const) {
      await expect(field).toBeVisible();
      await expect(field).toHaveAccessibleName(text.label);
      await expect(field).toHaveAccessibleDescription(helpStart(text.help));
    }
    await expect(panel.username).toHaveCount(0);
    await expect(panel.password).toHaveCount(0);
    await expect(panel.oauthClient).toHaveCount(0);
  });

  test('secrets are password fields that browsers do not fill', async ({ panel }) => {
    await panel.chooseAuthType('Token');
    await expect(panel.accessToken).toHaveAttribute('type', 'password');
    await expect(panel.accessToken).toHaveAttribute('autocomplete', 'off');
    await panel.chooseAuthType('Basic');
    await expect(panel.password).toHaveAttribute('type', 'password');
    await expect(panel.password).toHaveAttribute('autocomplete', 'off');
    await panel.chooseAuthType('OAuth 2.0');
    const dialog = await panel.openCreateClientDialog();
    await expect(dialog.clientSecret).toHaveAttribute('type', 'password');
    await expect(dialog.clientSecret).toHaveAttribute('autocomplete', 'off');
  });

  test('switching keeps the store hash and drops everything else', async ({ panel }) => {
    await panel.fillToken(token);
    await panel.chooseAuthType('Basic');
    await expect(panel.storeHash).toHaveValue(storeHash);
    await expect(panel.username).toHaveValue('');
    await expect(panel.password).toHaveValue('');
    await expect(panel.accessToken).toHaveCount(0);

    await panel.username.fill(basic.username);
    await panel.chooseAuthType('Token');
    await expect(panel.storeHash).toHaveValue(storeHash);
    await expect(panel.accessToken).toHaveValue('');
    await expect(panel.clientId).toHaveValue('');
    await expect(panel.name).toHaveValue(token.name);
    // Focus stays on the switch.
    await expect(panel.authType('Token')).toBeFocused();
  });

  test('errors of a type that is no longer chosen go with it', async ({ panel }) => {
    await panel.chooseAuthType('Token');
    await panel.save.click();
    await panel.expectFieldError(panel.accessToken, messages.secretRequired('access token'));
    await panel.chooseAuthType('Basic');
    await expect(panel.page.getByText(messages.secretRequired('access token'))).toHaveCount(0);
    await expect(panel.username).not.toHaveAttribute('aria-invalid', 'true');
  });
});

test.describe('saving an incomplete form', () => {
  test('reports every problem at its field and in a summary that takes focus and links to the fields', async ({ panel }) => {
    await panel.save.click();

    await expect(panel.errorSummary).toBeVisible();
    await expect(panel.errorSummary).toBeFocused();
    await expect(panel.summaryLink(messages.nameRequired)).toBeVisible();
    await expect(panel.summaryLink(messages.authTypeRequired)).toBeVisible();
    await panel.expectFieldError(panel.name, messages.nameRequired);
    await expect(panel.authTypeGroup).toContainText(messages.authTypeRequired);
    await expect(panel.authTypeGroup).toHaveAccessibleDescription(contains(messages.authTypeRequired));

    await panel.summaryLink(messages.nameRequired).click();
    await expect(panel.name).toBeFocused();
    await panel.summaryLink(messages.authTypeRequired).click();
    await expect(panel.authType('OAuth 2.0')).toBeFocused();

    // Fixing a field clears its error.
    await panel.name.fill('Main store');
    await panel.name.blur();
    await panel.expectNoFieldError(panel.name, messages.nameRequired);
  });

  test('Token: access token, client ID and store hash are required', async ({ panel }) => {
    await panel.name.fill('Token store');
    await panel.chooseAuthType('Token');
    await panel.save.click();

    await expect(panel.errorSummary).toBeFocused();
    const expected = [
      [panel.accessToken, messages.secretRequired('access token')],
      [panel.clientId, messages.clientIdRequired('client ID')],
      [panel.storeHash, messages.storeHashRequired],
    ] as const;
    for (const [field, message] of expected) {
      await panel.expectFieldError(field, message);
      await expect(panel.summaryLink(message)).toBeVisible();
    }
    await expect(panel.errorSummary.getByRole('link')).toHaveCount(expected.length);

    await panel.summaryLink(messages.clientIdRequired('client ID')).click();
    await expect(panel.clientId).toBeFocused();
    await panel.summaryLink(messages.storeHashRequired).click();
    await expect(panel.storeHash).toBeFocused();
  });

  test('Basic: username, password and store hash are required', async ({ panel }) => {
    await panel.name.fill('Basic store');
    await panel.chooseAuthType('Basic');
    await panel.save.click();

    await expect(panel.errorSummary).toBeFocused();
    for (const [field, message] of [
      [panel.username, messages.clientIdRequired('username')],
      [panel.password, messages.secretRequired('password')],
      [panel.storeHash, messages.storeHashRequired],
    ] as const) {
      await panel.expectFieldError(field, message);
      await expect(panel.summaryLink(message)).toBeVisible();
    }
    await panel.summaryLink(messages.secretRequired('password')).click();
    await expect(panel.password).toBeFocused();
  });

  test('OAuth 2.0: store hash, client and at least one scope are required', async ({ panel }) => {
    await panel.name.fill('OAuth store');
    await panel.chooseAuthType('OAuth 2.0');
    await panel.save.click();

    await expect(panel.errorSummary).toBeFocused();
    await panel.expectFieldError(panel.storeHash, messages.storeHashRequired);
    await panel.expectFieldError(panel.oauthClient, messages.oauthClientRequired);
    await expect(panel.scopes).toContainText(messages.scopesRequired);
    await expect(panel.scopes).toHaveAccessibleDescription(contains(messages.scopesRequired));
    for (const message of [messages.storeHashRequired, messages.oauthClientRequired, messages.scopesRequired]) {
      await expect(panel.summaryLink(message)).toBeVisible();
    }
    await panel.summaryLink(messages.oauthClientRequired).click();
    await expect(panel.oauthClient).toBeFocused();
    await panel.summaryLink(messages.scopesRequired).click();
    // Focus lands inside the Scopes group (its filter or a first radio).
    await expect(panel.scopes.locator(':focus')).toHaveCount(1);
  });

  test('a field already left is checked again as each key is typed, and Enter in it submits', async ({ page, panel }) => {
    await expect(panel.save).toBeEnabled(); // the app has taken the prerendered form over
    await panel.name.focus();
    await page.keyboard.press('Tab');
    await panel.expectFieldError(panel.name, messages.nameRequired);

    await panel.name.focus();
    await page.keyboard.type('M');
    await panel.expectNoFieldError(panel.name, messages.nameRequired);
    await expect(panel.name).toBeFocused();
    await page.keyboard.press('Backspace');
    await panel.expectFieldError(panel.name, messages.nameRequired);

    await page.keyboard.type('Main store');
    await page.keyboard.press('Enter');
    await expect(panel.errorSummary).toBeFocused();
    await expect(panel.summaryLink(messages.authTypeRequired)).toBeVisible();
    await expect(panel.summaryLink(messages.nameRequired)).toBeHidden();
  });

  test('the name: trimmed, at most 100 characters', async ({ panel }) => {
    await panel.chooseAuthType('Token');
    await panel.name.fill('   ');
    await panel.save.click();
    await panel.expectFieldError(panel.name, messages.nameRequired);

    await panel.name.fill('n'.repeat(101));
    await panel.name.blur();
    await panel.expectFieldError(panel.name, messages.nameTooLong(101));

    await panel.name.fill('n'.repeat(100));
    await panel.name.blur();
    await panel.expectNoFieldError(panel.name, messages.nameTooLong(101));
  });

  test('a message that appears when a field is left does not swallow the click that left it', async ({ panel }) => {
    // The error is inserted above the rest of the form when the name field blurs (on mousedown);
    // if the layout shifts under the pointer, the click lands elsewhere and is lost.
    await panel.name.fill('   ');
    await panel.authType('Token').click();
    await expect(panel.name).toHaveAttribute('aria-invalid', 'true');
    await expect(panel.authType('Token')).toBeChecked();
  });

  test('a name already taken (in any case) is reported when the field is left', async ({ page, panel, backend }) => {
    await backend.createConnection({ authType: 'token', ...token, name: 'Main Store' });
    await page.goto('/connections/new');
    await panel.name.fill('  main STORE ');
    await panel.name.blur();
    await expect(panel.name).toHaveAttribute('aria-invalid', 'true');
    await expect(panel.name).toHaveAccessibleDescription(
      new RegExp(`${contains(messages.nameTaken('main STORE')).source}|${contains(messages.nameTaken('Main Store')).source}`),
    );
  });

  test('a name left before the saved connections have arrived is checked again when they do', async ({ page, panel, backend }) => {
    await backend.createConnection({ authType: 'token', ...token, name: 'Main Store' });
    // The list takes 4 s to answer: the name is left long before.
    await backend.setScenarioFromStart('connections.list', 'slow', { once: true });
    await page.goto('/connections/new');
    await panel.name.fill('main store');
    await panel.name.blur();
    await expect(panel.name).not.toHaveAttribute('aria-invalid', 'true');
    await expect(panel.name).toHaveAttribute('aria-invalid', 'true', { timeout: 12_000 });
    await expect(panel.name).toHaveAccessibleDescription(
      new RegExp(`${contains(messages.nameTaken('main store')).source}|${contains(messages.nameTaken('Main Store')).source}`),
    );
  });

  test('credentials in the wrong shape are explained', async ({ panel }) => {
    await panel.name.fill('Token store');
    await panel.chooseAuthType('Token');
    await panel.accessToken.fill(`Bearer ${token.accessToken}`);
    await panel.clientId.fill('5k1l8m2n-9b4v7c3x');
    await panel.storeHash.fill(storeHash);
    await panel.save.click();
    await panel.expectFieldError(panel.accessToken, messages.secretHasBearer('access token'));
    await panel.expectFieldError(panel.clientId, messages.clientIdInvalid('client ID'));

    await panel.accessToken.fill('q4w8e2r6t0 y3u7i1o5p9');
    await panel.save.click();
    await panel.expectFieldError(panel.accessToken, messages.secretHasSpace('access token'));

    await panel.chooseAuthType('Basic');
    await panel.username.fill('7h3j9k1l 5m8n2b');
    await panel.password.fill('p0o9i8u7\ny6t5r4');
    await panel.save.click();
    await panel.expectFieldError(panel.username, messages.clientIdInvalid('username'));
    await panel.expectFieldError(panel.password, messages.secretHasSpace('password'));
  });
});

test.describe('the store hash', () => {
  test('reduces what people paste to the bare hash on blur, and says so', async ({ panel }) => {
    await panel.chooseAuthType('Token');
    for (const { pasted } of pastedStoreHashes) {
      await panel.storeHash.fill(pasted);
      await panel.storeHash.blur();
      await expect(panel.storeHash).toHaveValue(storeHash);
      await panel.expectNoFieldError(panel.storeHash, messages.storeHashInvalid);
      await expect(panel.page.getByRole('status').filter({ hasText: storeHash })).toBeVisible();
    }
  });

  test('reduces a pasted URL at once', async ({ page, panel }) => {
    await panel.chooseAuthType('OAuth 2.0');
    await page.evaluate((text) => navigator.clipboard.writeText(text), pastedStoreHashes[0].pasted);
    await panel.storeHash.focus();
    await page.keyboard.press('ControlOrMeta+V');
    await expect(panel.storeHash).toHaveValue(storeHash);
    await expect(panel.storeHash).toBeFocused();
    await expect(page.getByRole('status').filter({ hasText: storeHash })).toBeVisible();
  });

  test('anything but letters and digits is an error', async ({ panel }) => {
    await panel.chooseAuthType('Basic');
    await panel.storeHash.fill('abc-123!');
    await panel.storeHash.blur();
    await panel.expectFieldError(panel.storeHash, messages.storeHashInvalid);
  });
});

test.describe('scopes', () => {
  test('one level per resource, a filter, and a summary of what is chosen', async ({ panel }) => {
    await panel.chooseAuthType('OAuth 2.0');
    const products = panel.scopeResource('Products');
    await expect(products.getByRole('radio')).toHaveCount(3);
    await expect(panel.scopeLevel('Products', 'None')).toBeChecked();
    await expect(panel.scopeLevel('Orders', 'None')).toBeChecked();
    await expect(panel.scopeSummary).toHaveText(/no scopes/i);

    await panel.scopeLevel('Products', 'Read-only').check();
    await panel.scopeLevel('Orders', 'Modify').check();
    await expect(panel.scopeLevel('Products', 'Read-only')).toBeChecked();
    await expect(panel.scopeLevel('Products', 'None')).not.toBeChecked();

    // The summary names each chosen resource with its level, and is part of the group's description.
    await expect(panel.scopeSummary).toContainText('Products (Read-only)');
    await expect(panel.scopeSummary).toContainText('Orders (Modify)');
    await expect(panel.scopeSummary).toContainText('2 scopes');
    await expect(panel.scopes).toHaveAccessibleDescription(/Products \(Read-only\)/);

    await panel.scopeFilter.fill('order');
    await expect(panel.scopeResource('Orders')).toBeVisible();
    await expect(panel.scopeResource('Products')).toBeHidden();
    await panel.scopeFilter.fill('');
    await expect(panel.scopeResource('Products')).toBeVisible();
    // Filtering does not change what is chosen.
    await expect(panel.scopeLevel('Products', 'Read-only')).toBeChecked();
  });
});
