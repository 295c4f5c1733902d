import type { Locator, Page } from '@playwright/test';

/**
 * The BigCommerce simulator's own pages over HTTP (mocks/bigcommerce/http/): the install page an
 * app's install link opens, its outcome, and the control panel's uninstall form.
 */
export class InstallPage {
  readonly heading: Locator;
  readonly store: Locator;
  readonly scopes: Locator;
  readonly install: Locator;
  readonly cancel: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: /^Install / });
    this.store = page.getByRole('combobox', { name: 'Store', exact: true });
    this.scopes = page.getByRole('list', { name: 'This app will be able to' });
    this.install = page.getByRole('button', { name: 'Install', exact: true });
    this.cancel = page.getByRole('button', { name: 'Cancel', exact: true });
  }
}

/** `/app/{client ID}/uninstall?store=HASH`: what the control panel's "Uninstall" does. */
export class UninstallPage {
  readonly store: Locator;
  readonly uninstall: Locator;

  constructor(readonly page: Page) {
    this.store = page.getByRole('combobox', { name: 'Store', exact: true });
    this.uninstall = page.getByRole('button', { name: 'Uninstall', exact: true });
  }

  async goto(simulatorUrl: string, clientId: string, storeHash: string): Promise<void> {
    await this.page.goto(`${simulatorUrl}/app/${encodeURIComponent(clientId)}/uninstall?store=${encodeURIComponent(storeHash)}`);
  }

  /** "APP was uninstalled", the outcome page. */
  uninstalled(app: string): Locator {
    return this.page.getByRole('heading', { level: 1, name: `${app} was uninstalled`, exact: true });
  }
}
