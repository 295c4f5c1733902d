import { sql } from 'kysely';
import { Webhook as StandardWebhook } from 'standardwebhooks';
import type { SecretCipher } from '../../core/ports';
import type { ServerDatabase } from '../db/openDatabase';
import type { WebhookDeliveriesTable } from '../db/tables';
import type { Logger } from '../log';
import { sendWebhook, type OutboundRules } from './outbound';
import { webhookRecord } from './storedWebhook';
import type { WebhookStore } from './webhookStore';

/** After each failed attempt, the wait before the next: 8 attempts over about a day. */
export const RETRY_DELAYS_MS = [60_000, 5 * 60_000, 15 * 60_000, 60 * 60_000, 3 * 3_600_000, 6 * 3_600_000, 12 * 3_600_000];
export const MAX_ATTEMPTS = RETRY_DELAYS_MS.length + 1;
/** An endpoint whose deliveries have all failed for this long is disabled. */
export const DISABLE_AFTER_MS = 3 * 24 * 3_600_000;
// Longer than a send may take (10 s): a delivery whose server died is taken over this long after.
const LEASE_MS = 15_000;
const BATCH = 10;

type Claimed = Pick<WebhookDeliveriesTable, 'id' | 'endpoint_id' | 'body' | 'attempts'> & { seq: number };

export interface DelivererOptions {
  readonly database: ServerDatabase;
  readonly store: WebhookStore;
  readonly cipher: SecretCipher;
  readonly rules: OutboundRules;
  readonly log: Logger;
  readonly now?: () => number;
  /** How often it looks for deliveries that are due (it is also woken when one is written). */
  readonly pollMs?: number;
  /** Replaces the wait after each failure (tests). */
  readonly retryDelaysMs?: readonly number[];
  /** Replaces SEND_TIMEOUT_MS (tests). */
  readonly sendTimeoutMs?: number;
}

/**
 * The delivery loop (docs/decisions/webhooks.md): takes due deliveries from the outbox with a
 * lease (PostgreSQL's FOR UPDATE SKIP LOCKED, so two servers never take the same one), at most the
 * oldest pending one per endpoint and connection (a connection's events go out in order), signs
 * each by the Standard Webhooks specification, sends it, and records the attempt.
 */
export function createDeliverer(options: DelivererOptions) {
  const { database, store, cipher, rules, log } = options;
  const db = database.kysely;
  const now = options.now ?? Date.now;
  const delays = options.retryDelaysMs ?? RETRY_DELAYS_MS;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  let stopped = false;

  async function claim(at: number): Promise<Claimed[]> {
    const skipLocked = database.dialect === 'postgres' ? sql`for update skip locked` : sql``;
    const { rows } = await sql<Claimed>`
      update webhook_deliveries set lease_until = ${at + LEASE_MS}
      where seq in (
        select d.seq from webhook_deliveries d
        where d.state = 'pending' and d.next_attempt_at <= ${at} and (d.lease_until is null or d.lease_until < ${at})
          and not exists (select 1 from webhook_deliveries e where e.endpoint_id = d.endpoint_id and e.connection_id = d.connection_id and e.state = 'pending' and e.seq < d.seq)
          and exists (select 1 from webhook_endpoints w where w.id = d.endpoint_id and w.disabled_at is null)
        order by d.seq limit ${BATCH} ${skipLocked})
      returning id, seq, endpoint_id, body, attempts`.execute(db);
    return rows.map((row) => ({ ...row, seq: Number(row.seq) }));
  }

  async function deliver(delivery: Claimed): Promise<void> {
    const endpoint = await store.find(delivery.endpoint_id);
    if (!endpoint) return;
    const secret = await cipher.decrypt(endpoint.stored.secret, { record: webhookRecord(endpoint.stored.id), field: 'secret' });
    const sentAt = now();
    const headers = signedHeaders(secret, delivery.id, new Date(sentAt), delivery.body);
    const result = await sendWebhook(endpoint.stored.url, delivery.body, headers, rules, options.sendTimeoutMs);
    const ok = result.status !== null && result.status >= 200 && result.status < 300;
    await store.recordAttempt(delivery.id, { at: new Date(sentAt).toISOString(), status: result.status, error: result.error, durationMs: result.durationMs, excerpt: result.excerpt });
    const attempts = delivery.attempts + 1;
    const done = ok || attempts >= MAX_ATTEMPTS;
    await db
      .updateTable('webhook_deliveries')
      .set({ attempts, state: ok ? 'delivered' : done ? 'failed' : 'pending', next_attempt_at: done ? null : now() + (delays[attempts - 1] ?? delays.at(-1) ?? 60_000), lease_until: null })
      .where('id', '=', delivery.id)
      .execute();
    await recordEndpointHealth(delivery.endpoint_id, ok, now());
    log.info('webhook_delivery', { delivery_id: delivery.id, endpoint_id: delivery.endpoint_id, status: result.status ?? undefined, ok, attempt: attempts, duration_ms: result.durationMs });
  }

  /** A success clears `failing_since`; failing for 3 days disables the endpoint. */
  async function recordEndpointHealth(endpointId: string, ok: boolean, at: number): Promise<void> {
    if (ok) {
      await db.updateTable('webhook_endpoints').set({ failing_since: null }).where('id', '=', endpointId).where('failing_since', 'is not', null).execute();
      return;
    }
    await db.updateTable('webhook_endpoints').set({ failing_since: at }).where('id', '=', endpointId).where('failing_since', 'is', null).execute();
    const disabled = await db.updateTable('webhook_endpoints').set({ disabled_at: at }).where('id', '=', endpointId).where('disabled_at', 'is', null).where('failing_since', '<=', at - DISABLE_AFTER_MS).executeTakeFirst();
    if (disabled.numUpdatedRows > 0n) log.warn('webhook_endpoint_disabled', { endpoint_id: endpointId, detail: 'Every delivery failed for 3 days: nothing more is sent until it is saved again.' });
  }

  async function runOnce(): Promise<void> {
    for (;;) {
      const claimed = await claim(now());
      if (claimed.length === 0) return;
      await Promise.all(claimed.map((delivery) => deliver(delivery).catch((error: unknown) => log.error('webhook_delivery_failed', { delivery_id: delivery.id, error_message: error instanceof Error ? error.message : String(error) }))));
    }
  }

  function schedule(ms: number): void {
    if (stopped) return;
    clearTimeout(timer);
    timer = setTimeout(wake, ms);
    timer.unref();
  }

  /** Looks for due deliveries now (and again after the current round, if one is running). */
  function wake(): void {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = runOnce()
      .catch((error: unknown) => log.warn('webhook_round_failed', { error_message: error instanceof Error ? error.message : String(error) }))
      .finally(() => {
        running = undefined;
        if (again) {
          again = false;
          wake();
        } else schedule(options.pollMs ?? 1000);
      });
  }

  return {
    start: () => wake(),
    wake,
    /** Resolves once no round is running: after `wake`, whatever was due has been tried (tests). */
    async idle(): Promise<void> {
      while (running) await running;
    },
    async stop(): Promise<void> {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
export type Deliverer = ReturnType<typeof createDeliverer>;

/** The Standard Webhooks headers for one delivery: the same id on every attempt. */
export function signedHeaders(secret: string, id: string, at: Date, body: string): Record<string, string> {
  const signature = new StandardWebhook(secret).sign(id, at, body);
  return { 'webhook-id': id, 'webhook-timestamp': String(Math.floor(at.getTime() / 1000)), 'webhook-signature': signature };
}
