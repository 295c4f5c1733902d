// What the Webhooks page says, in words, and its form's fields. No React here.
import type { Delivery, Webhook, WebhookEventType } from '../connections/schema';

export const webhooksPath = '/webhooks';

/** One line per event: when it is sent. */
export const eventDescription: Record<WebhookEventType, string> = {
  'connection.created': 'a connection was saved for the first time',
  'connection.updated': 'a saved connection was changed and saved again',
  'connection.deleted': 'a connection was deleted',
  'connection.status_changed': 'a connection started or stopped working (with its previous status)',
  'connection.authorized': 'a store owner authorized an OAuth 2.0 connection, which now has its token',
  'connection.uninstalled': 'the app was uninstalled from the store, so its connection no longer works',
};

/** What the form holds: the description as typed ('' for none). */
export interface WebhookFormValues {
  url: string;
  events: WebhookEventType[];
  description: string;
}

/** The form's fields in page order (the error summary's order). */
export const formFields = ['url', 'events', 'description'] as const satisfies ReadonlyArray<keyof WebhookFormValues>;
export type FormField = (typeof formFields)[number];
/** The id each field's summary link focuses; `form` tells the add form from an endpoint's edit form. */
export const fieldId = (form: string, field: FormField) => `${form}-${field}`;

export const formValuesOf = (webhook?: Webhook): WebhookFormValues => ({
  url: webhook?.url ?? '',
  events: webhook ? [...webhook.events] : [],
  description: webhook?.description ?? '',
});

export const deliveryStateText: Record<Delivery['state'], string> = { pending: 'Pending', delivered: 'Delivered', failed: 'Failed' };
