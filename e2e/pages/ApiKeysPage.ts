import { expect, type Locator, type Page } from '@playwright/test';
import { labelled } from './ConnectionPanel';

/** "API keys" (/api-keys, the server only): create a key, the new key shown once, the list, Revoke. */
export class ApiKeysPage {
  readonly heading: Locator;
  readonly name: Locator;
  readonly connections: Locator;
  readonly allConnections: Locator;
  readonly chosenConnections: Locator;
  readonly access: Locator;
  readonly create: Locator;
  readonly errorSummary: Locator;
  /** "Your new key “NAME”": the secret, its copy button, the curl line, Done. */
  readonly newKey: Locator;
  readonly secret: Locator;
  readonly curl: Locator;
  readonly done: Locator;
  readonly table: Locator;
  readonly rows: Locator;
  readonly empty: Locator;
  readonly revokeDialog: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'API keys' });
    this.name = labelled(page, 'Name');
    this.connections = page.getByRole('group', { name: 'Connections it may use', exact: true });
    this.allConnections = page.getByRole('radio', { name: 'All connections, including ones saved later' });
    this.chosenConnections = page.getByRole('radio', { name: 'Only the ones I choose' });
    this.access = page.getByRole('group', { name: 'Access', exact: true });
    this.create = page.getByRole('button', { name: /^(Create key|Creating the key…)$/ });
    this.errorSummary = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'There is a problem' }) });
    this.newKey = page.getByRole('region', { name: /^Your new key “/ });
    this.secret = this.newKey.getByText(/^bcw_/);
    this.curl = this.newKey.getByText(/^curl /);
    this.done = this.newKey.getByRole('button', { name: 'Done', exact: true });
    this.table = page.getByRole('table', { name: 'API keys, newest first' });
    this.rows = this.table.getByRole('row').filter({ has: page.getByRole('button', { name: /^Revoke / }) });
    this.empty = page.getByText('No API keys yet.', { exact: true });
    this.revokeDialog = page.getByRole('alertdialog', { name: 'Revoke API key?' });
  }

  async goto(): Promise<void> {
    await this.page.goto('/api-keys');
    await expect(this.heading).toBeVisible();
    await expect(this.rows.first().or(this.empty)).toBeVisible();
  }

  /** "Search connections" in "Only the ones I choose": the saved ones are searched, a page at a time. */
  get connectionSearch(): Locator {
    return this.connections.getByRole('searchbox', { name: 'Search connections' });
  }

  /** "Remove NAME" in the list of chosen connections. */
  removeChosen(name: string): Locator {
    return this.page.getByRole('button', { name: `Remove ${name}`, exact: true });
  }

  connection(name: string): Locator {
    return this.page.getByRole('checkbox', { name, exact: true });
  }

  accessLevel(label: 'Read (GET and HEAD only)' | 'Read and write'): Locator {
    return this.page.getByRole('radio', { name: label, exact: true });
  }

  row(name: string): Locator {
    return this.rows.filter({ has: this.page.getByRole('button', { name: `Revoke ${name}`, exact: true }) });
  }

  revoke(name: string): Locator {
    return this.page.getByRole('button', { name: `Revoke ${name}`, exact: true });
  }

  /** Fills the form and presses Create key: `connections` is "all" or the names to tick. */
  async createKey(name: string, connections: 'all' | string[], access: 'Read (GET and HEAD only)' | 'Read and write'): Promise<void> {
    await this.name.fill(name);
    if (connections === 'all') await this.allConnections.check();
    else {
      await this.chosenConnections.check();
      for (const connection of connections) await this.connection(connection).check();
    }
    await this.accessLevel(access).check();
    await this.create.click();
  }

  /** The new key's secret, as the page shows it this once. */
  async readSecret(): Promise<string> {
    await expect(this.secret).toHaveText(/^bcw_[A-Za-z0-9_-]{43}$/);
    return (await this.secret.textContent())!;
  }
}
