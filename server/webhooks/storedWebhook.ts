import type { Webhook, WebhookEventType } from '../../src/features/connections/schema';
import type { EncryptedSecret } from '../../core/ports';

/** An endpoint as stored: its signing secret encrypted like every other secret. */
export interface StoredWebhook {
  readonly id: string;
  readonly url: string;
  readonly events: readonly WebhookEventType[];
  readonly description: string | null;
  readonly secret: EncryptedSecret;
  /** `whsec_…` and the last four characters. */
  readonly secretHint: string;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export const webhookRecord = (id: string) => `webhook:${id}`;

/** Built field by field, never spread: the encrypted secret can never reach an answer. */
export function serializeWebhook(stored: StoredWebhook, state: { failingSince: number | null; disabledAt: number | null }): Webhook {
  const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
  return {
    id: stored.id,
    url: stored.url,
    events: [...stored.events],
    description: stored.description,
    secretHint: stored.secretHint,
    createdAt: stored.createdAt,
    updatedAt: stored.updatedAt,
    failingSince: iso(state.failingSince),
    disabledAt: iso(state.disabledAt),
  };
}
