import { expect, type Locator, type Page } from '@playwright/test';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A connection's own page (/connections/:id): its sections, Test, Edit and Delete. */
export class ConnectionPage {
  readonly heading: Locator;
  readonly overview: Locator;
  readonly status: Locator;
  readonly scopes: Locator;
  readonly useFromCode: Locator;
  readonly usage: Locator;
  readonly history: Locator;
  readonly edit: Locator;
  readonly delete: Locator;
  readonly confirmDialog: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.overview = page.getByRole('region', { name: 'Overview', exact: true });
    this.status = page.getByRole('region', { name: 'Status', exact: true });
    this.scopes = page.getByRole('region', { name: 'Granted scopes', exact: true });
    this.useFromCode = page.getByRole('region', { name: 'Use from code', exact: true });
    this.usage = page.getByRole('region', { name: 'Usage', exact: true });
    this.history = page.getByRole('region', { name: 'Status history', exact: true });
    this.edit = page.getByRole('main').getByRole('link', { name: 'Edit', exact: true });
    this.delete = page.getByRole('main').getByRole('button', { name: 'Delete', exact: true });
    this.confirmDialog = page.getByRole('alertdialog', { name: 'Delete connection?' });
  }

  /** The history's rows, newest first, each as its cells' texts after the time: change, why, noticed by. */
  historyRows(): Locator {
    return this.history.getByRole('row').filter({ has: this.page.getByRole('cell') });
  }

  async goto(id: string): Promise<void> {
    await this.page.goto(`/connections/${encodeURIComponent(id)}`);
  }

  /** "Check now": the page's test of the saved connection. */
  checkNow(name: string): Locator {
    return this.page.getByRole('button', { name: `Check now ${name}`, exact: true });
  }

  /** The value beside a term of a section's list (Auth type, Store, Status, Calls…). */
  fact(section: Locator, term: string): Locator {
    return section.locator('dt').filter({ hasText: new RegExp(`^${escape(term)}$`) }).locator('xpath=following-sibling::dd[1]');
  }

  async expectFacts(section: Locator, facts: Record<string, string | RegExp>): Promise<void> {
    for (const [term, value] of Object.entries(facts)) await expect(this.fact(section, term)).toHaveText(value);
  }
}

/** A saved connection's ID, found by its name through the API the page uses. */
export async function connectionIdOf(page: Page, name: string): Promise<string> {
  const id = await page.evaluate(async (wanted) => {
    const response = await fetch('/api/connections');
    const body = (await response.json()) as { connections: Array<{ id: string; name: string }> };
    return body.connections.find((connection) => connection.name === wanted)?.id;
  }, name);
  expect(id, `a saved connection named "${name}"`).toBeTruthy();
  return id!;
}
