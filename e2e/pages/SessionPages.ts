import { expect, type Locator, type Page } from '@playwright/test';
import { labelled } from './ConnectionPanel';

// The pages of sign-in on the server (issue 9): Sign in, Set up the owner account, Change
// password, the header's account menu, and Activity.

/** "Sign in" (/sign-in?next=…). */
export class SignInPage {
  readonly heading: Locator;
  readonly email: Locator;
  readonly password: Locator;
  readonly submit: Locator;
  readonly failure: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Sign in' });
    this.email = labelled(page, 'Email address');
    this.password = labelled(page, 'Password');
    this.submit = page.getByRole('button', { name: /^(Sign in|Signing in…)$/ });
    this.failure = page.getByRole('alert');
  }

  async signIn(email: string, password: string): Promise<void> {
    await expect(this.heading).toBeVisible();
    await this.email.fill(email);
    await this.password.fill(password);
    await this.submit.click();
  }
}

/** "Set up the owner account" (/setup?token=…). */
export class SetupPage {
  readonly heading: Locator;
  readonly email: Locator;
  readonly password: Locator;
  readonly confirm: Locator;
  readonly submit: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Set up the owner account' });
    this.email = labelled(page, 'Email address');
    this.password = labelled(page, 'Password');
    this.confirm = labelled(page, 'Type the password again');
    this.submit = page.getByRole('button', { name: /^(Set up and sign in|Setting up…)$/ });
  }

  async setUp(email: string, password: string): Promise<void> {
    await this.email.fill(email);
    await this.password.fill(password);
    await this.confirm.fill(password);
    await this.submit.click();
  }
}

/** "Change password" (/account/password). */
export class ChangePasswordPage {
  readonly heading: Locator;
  readonly current: Locator;
  readonly next: Locator;
  readonly confirm: Locator;
  readonly submit: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Change password' });
    this.current = labelled(page, 'Current password');
    this.next = labelled(page, 'New password');
    this.confirm = labelled(page, 'Type the new password again');
    this.submit = page.getByRole('button', { name: /^(Change password|Changing password…)$/ });
  }

  async change(current: string, next: string): Promise<void> {
    await this.current.fill(current);
    await this.next.fill(next);
    await this.confirm.fill(next);
    await this.submit.click();
  }
}

type MenuItem = 'API keys' | 'Webhooks' | 'Activity' | 'Change password' | 'Sign out';

/** The header's "Signed in as EMAIL" disclosure. */
export class AccountMenu {
  readonly toggle: Locator;

  constructor(readonly page: Page) {
    this.toggle = page.getByRole('banner').getByRole('button', { name: /^Signed in as / });
  }

  item(name: MenuItem): Locator {
    return this.page.getByRole('banner').getByRole(name === 'Sign out' ? 'button' : 'link', { name, exact: true });
  }

  async choose(name: MenuItem): Promise<void> {
    if ((await this.toggle.getAttribute('aria-expanded')) !== 'true') await this.toggle.click();
    await this.item(name).click();
  }
}

/** "Activity" (/activity). */
export class ActivityPage {
  readonly heading: Locator;
  readonly table: Locator;
  readonly rows: Locator;
  readonly showOlder: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Activity' });
    this.table = page.getByRole('table', { name: 'Activity, newest first' });
    this.rows = this.table.getByRole('row').filter({ has: page.getByRole('cell') });
    this.showOlder = page.getByRole('button', { name: 'Show older' });
  }

  /** The row whose cells say all of `texts` (who, what, which, outcome, detail). */
  row(...texts: string[]): Locator {
    return texts.reduce((rows, text) => rows.filter({ has: this.page.getByRole('cell', { name: text, exact: true }) }), this.rows);
  }
}
