import { expect, type Locator, type Page } from '@playwright/test';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The home page: the saved connections. */
export class ConnectionsList {
  readonly heading: Locator;
  readonly createLink: Locator;
  readonly resetDemoData: Locator;
  /** Every saved connection's row (each has a "Delete NAME" button). */
  readonly rows: Locator;
  readonly emptyState: Locator;
  readonly confirmDialog: Locator;
  /** "Search connections" (name or store hash) and "Status" above the list. */
  readonly search: Locator;
  readonly statusFilter: Locator;
  readonly showMore: Locator;
  /** "Showing N connections", or what matched nothing: a polite live region. */
  readonly resultCount: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Connections', exact: true });
    this.createLink = page.getByRole('link', { name: 'Create connection', exact: true });
    this.resetDemoData = page.getByRole('button', { name: 'Reset demo data', exact: true });
    this.rows = page
      .getByRole('row')
      .or(page.getByRole('listitem'))
      .filter({ has: page.getByRole('button', { name: /^Delete / }) });
    this.emptyState = page.getByRole('heading', { name: /no connections/i });
    this.search = page.getByRole('searchbox', { name: 'Search connections' });
    this.statusFilter = page.getByRole('combobox', { name: 'Status', exact: true });
    this.showMore = page.getByRole('button', { name: 'Show more', exact: true });
    this.resultCount = page.getByRole('status').filter({ hasText: /^(Showing \d+ connections?|No connection .*)$/ });
    this.confirmDialog = page.getByRole('alertdialog').or(page.getByRole('dialog')).filter({ has: page.getByRole('button', { name: 'Delete', exact: true }) });
  }

  /** Opens the home page and waits until the list has loaded (rows or the empty state). */
  async goto(): Promise<void> {
    await this.page.goto('/');
    await expect(this.heading).toBeVisible();
    await this.expectLoaded();
  }

  async expectLoaded(): Promise<void> {
    await expect(this.rows.first().or(this.emptyState)).toBeVisible();
  }

  /** The name's link of a row: the first new row takes focus after "Show more". */
  rowLink(index: number): Locator {
    return this.rows.nth(index).getByRole('link').first();
  }

  row(name: string): Locator {
    return this.rows.filter({ has: this.deleteButton(name) });
  }

  testButton(name: string): Locator {
    return this.page.getByRole('button', { name: `Test ${name}`, exact: true });
  }

  editButton(name: string): Locator {
    return this.page.getByRole('button', { name: `Edit ${name}`, exact: true });
  }

  deleteButton(name: string): Locator {
    return this.page.getByRole('button', { name: `Delete ${name}`, exact: true });
  }

  /** The message that confirms what just happened (role=status) and names the connection. */
  status(text: string | RegExp): Locator {
    return this.page.getByRole('status').filter({ hasText: typeof text === 'string' ? new RegExp(escape(text)) : text });
  }

  /** Asserts the row of `name` shows each of `cells` (auth type, store hash, status...). */
  async expectRow(name: string, cells: ReadonlyArray<string | RegExp>): Promise<void> {
    const row = this.row(name);
    await expect(row).toHaveCount(1);
    for (const cell of cells) await expect(row).toContainText(cell);
  }

  /** "Reset demo data", confirmed. */
  async resetDemo(): Promise<void> {
    await this.resetDemoData.click();
    const dialog = this.page.getByRole('alertdialog').or(this.page.getByRole('dialog'));
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: /^Reset/ }).click();
    await expect(dialog).toBeHidden();
  }

  async deleteConnection(name: string): Promise<void> {
    await this.deleteButton(name).click();
    await expect(this.confirmDialog).toBeVisible();
    await this.confirmDialog.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect(this.confirmDialog).toBeHidden();
  }
}
