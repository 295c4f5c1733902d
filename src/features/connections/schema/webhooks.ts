import './zodConfig';
import { z } from 'zod/mini';
import { connectionSchema, connectionStatusSchema } from './connection';
import { isPrintableText } from './characters';
import { idSchema, nameSchemaOf, timestampSchema } from './common';

// Webhooks (the server only): other systems told when a connection changes or breaks, signed by
// the Standard Webhooks specification (FACTS §8). docs/api.md, "Webhooks".

export const webhookEventTypes = [
  'connection.created',
  'connection.updated',
  'connection.deleted',
  'connection.status_changed',
  'connection.authorized',
  'connection.uninstalled',
] as const;
export type WebhookEventType = (typeof webhookEventTypes)[number];
/** What "Send test event" sends, whatever the endpoint asked for. */
export const webhookTestEventType = 'webhook.test';

/** Every endpoint's signing secret starts with this (Standard Webhooks), then base64 of 32 random bytes. */
export const webhookSecretPrefix = 'whsec_';
export const webhookSecretPattern = /^whsec_[A-Za-z0-9+/]{43}=$/;

export const webhookMessages = {
  urlRequired: 'Enter the address the events are sent to, for example https://hooks.example.com/bigcommerce.',
  urlInvalid: 'Enter a whole https:// address, for example https://hooks.example.com/bigcommerce (no user name, password or #fragment).',
  urlTooLong: 'Shorten the address to 2,000 characters or fewer.',
  urlHasControl:
    'Remove the invisible or broken characters from the endpoint URL (a tab, a line break, another control character or half of an emoji): an endpoint URL holds letters, digits and punctuation, for example https://hooks.example.com/bigcommerce.',
  eventsRequired: 'Choose at least one event to send.',
  descriptionRequired: 'Enter a description, or leave it out.',
} as const;

const maxUrlLength = 2000;

/**
 * http(s), no credentials or fragment. No control character or half of a surrogate pair: the URL
 * parser takes them, but PostgreSQL refuses a NUL. Whether it may be http, or private, is the
 * server's rule (WEBHOOKS_ALLOW_PRIVATE).
 */
export const webhookUrlSchema = z.string({ error: webhookMessages.urlRequired }).check(
  z.trim(),
  z.minLength(1, webhookMessages.urlRequired),
  z.maxLength(maxUrlLength, webhookMessages.urlTooLong),
  z.refine(isPrintableText, webhookMessages.urlHasControl),
  z.refine((text: string) => {
    if (!URL.canParse(text)) return false;
    const url = new URL(text);
    return (url.protocol === 'https:' || url.protocol === 'http:') && !url.username && !url.password && !url.hash && url.hostname !== '';
  }, webhookMessages.urlInvalid),
);

/** The body of POST /api/webhooks and PUT /api/webhooks/:id. */
export const webhookInputSchema = z.object({
  url: webhookUrlSchema,
  events: z.array(z.enum(webhookEventTypes, { error: webhookMessages.eventsRequired }), { error: webhookMessages.eventsRequired }).check(z.minLength(1, webhookMessages.eventsRequired), z.maxLength(webhookEventTypes.length)),
  description: z.optional(z.nullable(nameSchemaOf({ label: 'description', required: webhookMessages.descriptionRequired }))),
});
export type WebhookInput = z.input<typeof webhookInputSchema>;

/** An endpoint as the API shows it: never its secret, only the last four characters. */
export const webhookSchema = z.object({
  id: idSchema,
  url: z.string(),
  events: z.array(z.enum(webhookEventTypes)),
  description: z.nullable(z.string()),
  /** `whsec_…` and the secret's last four characters. */
  secretHint: z.string(),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
  /** Since when every delivery has failed; null while they succeed. */
  failingSince: z.nullable(timestampSchema),
  /** Set when deliveries failed for 3 days: nothing is sent until it is saved again. */
  disabledAt: z.nullable(timestampSchema),
});
export type Webhook = z.infer<typeof webhookSchema>;

/** 201 of POST /api/webhooks and 200 of POST /api/webhooks/:id/rotate: the secret, this once. */
export const webhookCreatedSchema = z.object({ webhook: webhookSchema, secret: z.string().check(z.regex(webhookSecretPattern)) });
export const webhookListSchema = z.object({ webhooks: z.array(webhookSchema) });

export const deliveryStates = ['pending', 'delivered', 'failed'] as const;

export const deliveryAttemptSchema = z.object({
  at: timestampSchema,
  /** The receiver's status, or null when it did not answer. */
  status: z.nullable(z.int()),
  /** Why it did not count, for a person: a timeout, a refused address, a status. */
  error: z.nullable(z.string()),
  durationMs: z.int(),
});

export const deliverySchema = z.object({
  /** Also the `webhook-id` header: the same on every attempt, so a receiver can skip a repeat. */
  id: idSchema,
  type: z.union([z.enum(webhookEventTypes), z.literal(webhookTestEventType)]),
  connectionId: z.nullable(idSchema),
  createdAt: timestampSchema,
  state: z.enum(deliveryStates),
  /** When it is tried next (pending). */
  nextAttemptAt: z.nullable(timestampSchema),
  attempts: z.array(deliveryAttemptSchema),
});
export type Delivery = z.infer<typeof deliverySchema>;

/** 200 of GET /api/webhooks/:id/deliveries: the newest 100. */
export const deliveryListSchema = z.object({ deliveries: z.array(deliverySchema) });
/** 202 of POST /api/webhooks/:id/test and …/deliveries/:deliveryId/resend. */
export const deliveryQueuedSchema = z.object({ delivery: deliverySchema });

/** The body of every event sent (`webhook.test` has `{ message }` as its data). */
export const webhookEventBodySchema = z.object({
  type: z.union([z.enum(webhookEventTypes), z.literal(webhookTestEventType)]),
  timestamp: timestampSchema,
  data: z.union([
    z.object({ connection: connectionSchema, previous: z.optional(z.object({ status: connectionStatusSchema })) }),
    z.object({ message: z.string() }),
  ]),
});
export type WebhookEventBody = z.infer<typeof webhookEventBodySchema>;
