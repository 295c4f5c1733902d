import { expect, type Locator, type Page } from '@playwright/test';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** "Test connection" in the panel: the button, its live result, Retry, Cancel, the countdown, the name suggestion. */
export class TestConnection {
  readonly group: Locator;
  readonly button: Locator;
  readonly cancel: Locator;
  readonly retry: Locator;
  /** The live region (role=status) with the test's progress and result. */
  readonly result: Locator;
  /** "Retry in 7 s" after a 429 (outside the live region). */
  readonly countdown: Locator;
  readonly useName: Locator;
  /** The non-blocking notice under Store hash ("“X” already connects to store …"). */
  readonly duplicateStore: Locator;

  constructor(readonly page: Page) {
    this.group = page.getByRole('group', { name: 'Connection test', exact: true });
    this.button = page.getByRole('button', { name: 'Test connection', exact: true });
    this.cancel = page.getByRole('button', { name: 'Cancel test', exact: true });
    this.retry = this.group.getByRole('button', { name: 'Retry', exact: true });
    this.result = this.group.getByRole('status');
    this.countdown = this.group.getByText(/^Retry in \d+ s$/);
    this.useName = page.getByRole('button', { name: /^Use name “/ });
    this.duplicateStore = page.getByRole('status').filter({ hasText: /already connects? to store/ });
  }

  /** Presses "Test connection" and waits until the result replaces "Testing…". */
  async run(): Promise<void> {
    await this.button.click();
    await expect(this.result).not.toHaveText(/^$|Testing…/);
  }
}

/** OAuth 2.0 in the panel: "Save & authorize", the authorization state and its failures. */
export class Authorization {
  readonly saveAndAuthorize: Locator;
  readonly group: Locator;
  readonly authorizeAgain: Locator;
  readonly continueInThisTab: Locator;
  /** The failure or "popup blocked" alert inside the authorization group. */
  readonly alert: Locator;
  readonly waiting: Locator;

  constructor(readonly page: Page) {
    this.saveAndAuthorize = page.getByRole('button', { name: /^Sav(e|ing) & authoriz/ });
    this.group = page.getByRole('group', { name: 'Authorization', exact: true });
    this.authorizeAgain = this.group.getByRole('button', { name: 'Authorize again', exact: true });
    this.continueInThisTab = this.group.getByRole('button', { name: 'Continue in this tab', exact: true });
    this.alert = this.group.getByRole('alert');
    this.waiting = this.group.getByRole('status');
  }

  /** Clicks "Save & authorize" (or "Authorize again") and returns the popup it opens. */
  async openPopup(button: Locator = this.saveAndAuthorize): Promise<ConsentPage> {
    const popupPromise = this.page.waitForEvent('popup');
    await button.click();
    const popup = await popupPromise;
    const consent = new ConsentPage(popup);
    await expect(consent.heading).toBeVisible();
    return consent;
  }

  authorizedLine(scopes: string): Locator {
    return this.group.getByText(new RegExp(`^Authorized: ${escape(scopes)}$`));
  }
}

/** The simulated BigCommerce consent page, in the popup or in the same tab. */
export class ConsentPage {
  readonly heading: Locator;
  readonly store: Locator;
  readonly scopes: Locator;
  readonly authorize: Locator;
  readonly cancel: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: /^Authorize / });
    this.store = page.getByRole('combobox', { name: 'Store', exact: true });
    this.scopes = page.getByRole('list', { name: 'This app will be able to' });
    this.authorize = page.getByRole('button', { name: 'Authorize', exact: true });
    this.cancel = page.getByRole('button', { name: 'Cancel', exact: true });
  }
}
