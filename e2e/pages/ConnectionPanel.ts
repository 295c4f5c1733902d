import { expect, type Locator, type Page } from '@playwright/test';
import { authTypeOptions, fieldText, messages, oauthClientText } from '../../src/features/connections/schema';

export type AuthTypeLabel = (typeof authTypeOptions)[number]['label'];
export type ScopeLevelLabel = 'None' | 'Read-only' | 'Modify';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const contains = (text: string) => new RegExp(escape(text));

/**
 * The control labelled `label`. Playwright matches label text including the aria-hidden " *"
 * of required fields, so the pattern allows it; tests assert the exact accessible name apart.
 */
export function labelled(scope: Page | Locator, label: string): Locator {
  return scope.getByLabel(new RegExp(`^${escape(label)}(\\s*\\*)?$`));
}

/** The OAuth 2.0 client dialog ("Create OAuth 2.0 client" / "Edit OAuth 2.0 client"). */
export class OAuthClientDialog {
  readonly root: Locator;
  readonly name: Locator;
  readonly clientId: Locator;
  readonly clientSecret: Locator;
  readonly save: Locator;
  readonly cancel: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByRole('dialog', { name: /OAuth 2\.0 client/ });
    this.name = labelled(this.root, oauthClientText.name.label);
    this.clientId = labelled(this.root, oauthClientText.clientId.label);
    this.clientSecret = labelled(this.root, oauthClientText.clientSecret.label);
    this.save = this.root.getByRole('button', { name: /^(Save|Saving)/ });
    this.cancel = this.root.getByRole('button', { name: 'Cancel' });
  }

  async fill(values: { name?: string; clientId?: string; clientSecret?: string }): Promise<void> {
    if (values.name !== undefined) await this.name.fill(values.name);
    if (values.clientId !== undefined) await this.clientId.fill(values.clientId);
    if (values.clientSecret !== undefined) await this.clientSecret.fill(values.clientSecret);
  }
}

/** The Create / Edit connection panel. */
export class ConnectionPanel {
  readonly heading: Locator;
  readonly name: Locator;
  readonly authTypeGroup: Locator;
  readonly storeHash: Locator;
  // OAuth 2.0
  readonly oauthClient: Locator;
  readonly createClientButton: Locator;
  readonly editClientButton: Locator;
  readonly scopes: Locator;
  readonly scopeFilter: Locator;
  /** The summary of what is chosen ("No scopes chosen yet.", "2 scopes chosen: ..."). */
  readonly scopeSummary: Locator;
  readonly redirectUrl: Locator;
  readonly copyRedirectUrl: Locator;
  // Basic
  readonly username: Locator;
  readonly password: Locator;
  // Token
  readonly accessToken: Locator;
  readonly clientId: Locator;

  readonly form: Locator;
  readonly save: Locator;
  readonly cancel: Locator;
  readonly errorSummary: Locator;
  readonly clientDialog: OAuthClientDialog;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: /^(Create|Edit) connection$/ });
    this.name = labelled(page, fieldText.name.label);
    this.authTypeGroup = page.getByRole('group', { name: fieldText.authType.label, exact: true });
    this.storeHash = labelled(page, fieldText.storeHash.label);

    this.oauthClient = page.getByRole('combobox', { name: fieldText.oauthClientId.label, exact: true });
    this.createClientButton = page.getByRole('button', { name: 'Create OAuth 2.0 client', exact: true });
    this.editClientButton = page.getByRole('button', { name: 'Edit OAuth 2.0 client', exact: true });
    this.scopes = page.getByRole('group', { name: fieldText.scopes.label, exact: true });
    this.scopeFilter = labelled(page, 'Filter scopes');
    this.scopeSummary = this.scopes.getByText(/chosen/);
    this.redirectUrl = labelled(page, fieldText.redirectUrl.label);
    this.copyRedirectUrl = page.getByRole('button', { name: 'Copy redirect URL', exact: true });

    this.username = labelled(page, fieldText.username.label);
    this.password = labelled(page, fieldText.password.label);

    // The OAuth 2.0 client dialog also has a "Client ID"; it exists only with OAuth 2.0 chosen,
    // when this field does not.
    this.accessToken = labelled(page, fieldText.accessToken.label);
    this.clientId = labelled(page, fieldText.clientId.label);

    // The panel's own form (named by its heading); the client dialog has a "Save" of its own.
    this.form = page.getByRole('form', { name: /^(Create|Edit) connection$/ });
    // Exactly "Save": OAuth 2.0 also has "Save & authorize" (TestConnection.ts).
    this.save = this.form.getByRole('button', { name: /^(Save|Saving…)$/ });
    this.cancel = this.form.getByRole('button', { name: 'Cancel', exact: true });
    this.errorSummary = page.getByRole('alert').filter({ has: page.getByRole('link') });
    this.clientDialog = new OAuthClientDialog(page);
  }

  /** The radio of one auth type (its accessible name starts with the label). */
  authType(label: AuthTypeLabel): Locator {
    return this.authTypeGroup.getByRole('radio', { name: new RegExp(`^${escape(label)}`) });
  }

  /** One resource's radio group inside "Scopes" ("Products", "Orders", ...). */
  scopeResource(resource: string): Locator {
    return this.scopes
      .getByRole('radiogroup', { name: resource, exact: true })
      .or(this.scopes.getByRole('group', { name: resource, exact: true }))
      .first();
  }

  scopeLevel(resource: string, level: ScopeLevelLabel): Locator {
    return this.scopeResource(resource).getByRole('radio', { name: level, exact: true });
  }

  /** An error message shown with the summary at the top, as a link to its field. */
  summaryLink(message: string): Locator {
    return this.errorSummary.getByRole('link', { name: message, exact: true });
  }

  /**
   * Chooses an auth type and waits until its section is whole: the section's own parts (the
   * credentials-file import above the fields, the test or the authorization under them) are
   * chunks of their own, and one that arrives after the section moves what is below it, Save too,
   * so a click at that moment can miss (docs/decisions/blocking-time.md, consequences).
   */
  async chooseAuthType(label: AuthTypeLabel): Promise<void> {
    await this.authType(label).check();
    await expect(this.authType(label)).toBeChecked();
    if (label === 'OAuth 2.0') {
      await expect(this.form.getByRole('group', { name: 'Authorization', exact: true })).toBeVisible();
    } else {
      await expect(this.form.getByLabel('Import credentials file', { exact: true })).toBeAttached();
      await expect(this.form.getByRole('button', { name: 'Test connection', exact: true })).toBeVisible();
    }
  }

  async fillToken(values: { name: string; accessToken: string; clientId: string; storeHash: string }): Promise<void> {
    // The type first: a click right after leaving a field with an error can miss (see validation.spec.ts).
    await this.chooseAuthType('Token');
    await this.name.fill(values.name);
    await this.accessToken.fill(values.accessToken);
    await this.clientId.fill(values.clientId);
    await this.storeHash.fill(values.storeHash);
  }

  async fillBasic(values: { name: string; username: string; password: string; storeHash: string }): Promise<void> {
    // The type first: a click right after leaving a field with an error can miss (see validation.spec.ts).
    await this.chooseAuthType('Basic');
    await this.name.fill(values.name);
    await this.username.fill(values.username);
    await this.password.fill(values.password);
    await this.storeHash.fill(values.storeHash);
  }

  async fillOAuth2(values: { name: string; storeHash: string; client: string; scope: { resource: string; level: ScopeLevelLabel } }): Promise<void> {
    await this.chooseAuthType('OAuth 2.0');
    await this.name.fill(values.name);
    await this.storeHash.fill(values.storeHash);
    await this.selectClient(values.client);
    await this.scopeLevel(values.scope.resource, values.scope.level).check();
  }

  async selectClient(name: string): Promise<void> {
    await this.oauthClient.selectOption({ label: name });
    await this.expectSelectedClient(name);
  }

  async expectSelectedClient(name: string): Promise<void> {
    await expect(this.oauthClient.locator('option:checked')).toHaveText(name);
  }

  async openCreateClientDialog(): Promise<OAuthClientDialog> {
    await this.createClientButton.click();
    await expect(this.clientDialog.root).toBeVisible();
    return this.clientDialog;
  }

  async openEditClientDialog(): Promise<OAuthClientDialog> {
    await this.editClientButton.click();
    await expect(this.clientDialog.root).toBeVisible();
    return this.clientDialog;
  }

  /**
   * Asserts the note of a stored secret: visible, other than the help text, saying the secret is
   * stored and must be entered again, and part of the field's accessible description.
   */
  async expectStoredSecretNote(field: Locator, help: string): Promise<void> {
    const note = this.page
      .getByText(/stored/i)
      .filter({ hasText: /again/i })
      .filter({ hasNotText: contains(help.slice(0, 40)) });
    await expect(note).toBeVisible();
    const text = (await note.textContent())?.trim() ?? '';
    expect(text.length).toBeGreaterThan(0);
    await expect(field).toHaveAccessibleDescription(contains(text));
  }

  /**
   * On the edit page of a saved connection: its secret's field starts empty with the stored-secret
   * note, and a save without it is refused with the field's error (the panel stays open).
   */
  async expectSecretAskedAgain(secret: 'accessToken' | 'password'): Promise<void> {
    const field = secret === 'accessToken' ? this.accessToken : this.password;
    await expect(field).toHaveValue('');
    await expect(field).toHaveAttribute('type', 'password');
    await this.expectStoredSecretNote(field, fieldText[secret].help);
    await this.save.click();
    await this.expectFieldError(field, messages.secretRequired(secret === 'accessToken' ? 'access token' : 'password'));
    await expect(this.heading).toHaveText('Edit connection');
  }

  /** Asserts a field shows `message`: aria-invalid and the message in its accessible description. */
  async expectFieldError(field: Locator, message: string): Promise<void> {
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(field).toHaveAccessibleDescription(contains(message));
  }

  /** Asserts a field is valid again: no aria-invalid="true", and not the given message. */
  async expectNoFieldError(field: Locator, message: string): Promise<void> {
    await expect(field).not.toHaveAttribute('aria-invalid', 'true');
    await expect(field).not.toHaveAccessibleDescription(contains(message));
  }
}
