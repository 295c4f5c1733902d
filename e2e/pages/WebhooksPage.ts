import { expect, type Locator, type Page } from '@playwright/test';
import type { WebhookEventType } from '../../src/features/connections/schema';
import { labelled } from './ConnectionPanel';

/** "Webhooks" (/webhooks, the server only): add an endpoint, its secret shown once, the endpoints, their delivery logs. */
export class WebhooksPage {
  readonly heading: Locator;
  readonly url: Locator;
  readonly events: Locator;
  readonly description: Locator;
  readonly add: Locator;
  readonly errorSummary: Locator;
  /** The signing secret shown once, after adding an endpoint or rotating its secret. */
  readonly secretNotice: Locator;
  readonly secret: Locator;
  readonly done: Locator;
  readonly endpoints: Locator;
  readonly empty: Locator;
  readonly deleteDialog: Locator;
  readonly rotateDialog: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Webhooks' });
    const form = page.getByRole('form', { name: 'Add an endpoint' });
    this.url = labelled(form, 'Endpoint URL');
    this.events = form.getByRole('group', { name: 'Events to send' });
    this.description = labelled(form, 'Description (optional)');
    this.add = page.getByRole('button', { name: /^(Add endpoint|Adding the endpoint…)$/ });
    this.errorSummary = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'There is a problem' }) });
    this.secretNotice = page.getByRole('region', { name: /^(Endpoint added: its signing secret|New signing secret)$/ });
    this.secret = this.secretNotice.getByText(/^whsec_/);
    this.done = this.secretNotice.getByRole('button', { name: 'Done', exact: true });
    this.endpoints = page.getByRole('article');
    this.empty = page.getByText('No endpoints yet.', { exact: true });
    this.deleteDialog = page.getByRole('alertdialog', { name: 'Delete webhook endpoint?' });
    this.rotateDialog = page.getByRole('alertdialog', { name: 'Rotate the signing secret?' });
  }

  async goto(): Promise<void> {
    await this.page.goto('/webhooks');
    await expect(this.heading).toBeVisible();
    await expect(this.endpoints.first().or(this.empty)).toBeVisible();
  }

  event(type: WebhookEventType, scope: Locator = this.events): Locator {
    return scope.getByRole('checkbox', { name: type, exact: true });
  }

  /** Fills the add form and presses Add endpoint. */
  async addEndpoint(url: string, events: WebhookEventType[], description?: string): Promise<void> {
    await this.url.fill(url);
    for (const type of events) await this.event(type).check();
    if (description) await this.description.fill(description);
    await this.add.click();
  }

  /** The signing secret, as the page shows it this once. */
  async readSecret(): Promise<string> {
    await expect(this.secret).toHaveText(/^whsec_[A-Za-z0-9+/]{43}=$/);
    return (await this.secret.textContent())!;
  }

  endpoint(url: string): Locator {
    return this.page.getByRole('article', { name: url, exact: true });
  }

  /** An endpoint's button, named with its address for screen readers ("Send test event https://…"). */
  action(url: string, action: 'Send test event' | 'Edit' | 'Rotate secret' | 'Delete' | 'Delivery log of'): Locator {
    return this.endpoint(url).getByRole('button', { name: `${action} ${url}`, exact: true });
  }

  /** The endpoint's delivery log (Send test event opens it). */
  deliveries(url: string): Locator {
    return this.endpoint(url).getByRole('table', { name: `Deliveries to ${url}, newest first` });
  }

  /** Opens the endpoint's delivery log, closed at first, and returns its table. */
  async openDeliveries(url: string): Promise<Locator> {
    const toggle = this.action(url, 'Delivery log of');
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    return this.deliveries(url);
  }

  /** The rows of a delivery log for events of `type`, newest first. */
  deliveryRows(table: Locator, type: string): Locator {
    return table.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: type, exact: true }) });
  }
}
