import { expect, type Locator, type Page } from '@playwright/test';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A step's text is its checkbox's name; a string matches its start. */
const stepName = (start: string | RegExp) => (typeof start === 'string' ? new RegExp(`^${escape(start)}`) : start);

export type GuideTitle = 'Which auth type fits?' | 'Create a store-level API account' | 'Create a BigCommerce app';

/** The setup guide: the aside "Setup guide" beside the connection panel, or on a narrow screen its section at the top of the panel. */
export class SetupGuide {
  readonly root: Locator;
  /** The disclosure that opens and closes the guide (a <summary>, which has no ARIA role of its own). */
  readonly toggle: Locator;
  readonly title: Locator;
  /** "3 of 8 done". */
  readonly progress: Locator;
  /** The ordered list of steps, named "Steps: TITLE". */
  readonly stepList: Locator;
  readonly steps: Locator;
  /** Each step's checkbox, named by the step's text. */
  readonly checkboxes: Locator;
  /** The step marked aria-current="step" (there is at most one). */
  readonly currentStep: Locator;
  readonly warnings: Locator;
  /** The guide's own copy button for the redirect URL (the form's is "Copy redirect URL"). */
  readonly copyRedirectUrl: Locator;
  readonly scopesChosen: Locator;
  readonly developerPortalLink: Locator;
  readonly olderScreens: Locator;
  readonly olderSteps: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByRole('complementary', { name: 'Setup guide', exact: true }).or(page.getByRole('region', { name: 'Setup guide', exact: true }));
    this.toggle = this.root.getByText('Setup guide', { exact: true });
    this.title = this.root.getByRole('heading', { level: 2 });
    this.progress = this.root.getByRole('status').filter({ hasText: /^\d+ of \d+ done$/ });
    this.stepList = this.root.getByRole('list', { name: /^Steps: / });
    this.steps = this.stepList.getByRole('listitem').filter({ has: page.getByRole('checkbox') });
    this.checkboxes = this.stepList.getByRole('checkbox');
    this.currentStep = this.stepList.locator('[aria-current="step"]');
    this.warnings = this.root.getByRole('list', { name: 'Check these' }).getByRole('listitem');
    this.copyRedirectUrl = this.root.getByRole('button', { name: 'Copy the redirect URL', exact: true });
    this.scopesChosen = this.root.getByRole('list', { name: 'Scopes chosen in the form' }).getByRole('listitem');
    this.developerPortalLink = this.root.getByRole('link', { name: /^Open the Developer Portal/ });
    this.olderScreens = this.root.getByText('Older BigCommerce screens?', { exact: true });
    this.olderSteps = this.olderScreens.locator('xpath=..').getByRole('list');
  }

  /** A step (its list item), found by the start of its text (its checkbox's name). */
  step(start: string | RegExp): Locator {
    // `has` is relative to each list item: a checkbox of its own with that name.
    return this.steps.filter({ has: this.page.getByRole('checkbox', { name: stepName(start) }) });
  }

  checkbox(start: string | RegExp): Locator {
    return this.stepList.getByRole('checkbox', { name: stepName(start) });
  }

  /** The link to a store's page, once the form has its store hash. */
  storeLink(kind: 'API accounts' | 'control panel', storeHash: string): Locator {
    return this.root.getByRole('link', { name: new RegExp(`^Open the ${kind} of store ${escape(storeHash)}`) });
  }

  async expectTitle(title: GuideTitle): Promise<void> {
    await expect(this.title).toHaveText(title);
  }

  async isOpen(): Promise<boolean> {
    return this.root.locator('details').first().evaluate((details) => (details as HTMLDetailsElement).open);
  }

  async expand(): Promise<void> {
    if (!(await this.isOpen())) await this.toggle.click();
    await expect(this.title).toBeVisible();
  }

  /** Opens "Older BigCommerce screens?" (it stays open across auth types once opened). */
  async showOlderSteps(): Promise<void> {
    const details = this.olderScreens.locator('xpath=..');
    if (!(await details.evaluate((element) => (element as HTMLDetailsElement).open))) await this.olderScreens.click();
    await expect(this.olderSteps).toBeVisible();
  }

  /** Asserts `start`'s step is the one current step, and that it is in view. */
  async expectCurrent(start: string | RegExp): Promise<void> {
    await expect(this.step(start)).toHaveAttribute('aria-current', 'step');
    await expect(this.currentStep).toHaveCount(1);
    await expect(this.step(start)).toBeInViewport();
  }
}
