import type { Delivery, WebhookEventBody } from '../../src/features/connections/schema';
import type { ServerDatabase } from '../db/openDatabase';
import type { WebhookDeliveriesTable } from '../db/tables';
import { newDeliveryId } from '../events/changeRecorder';
import { fromJson } from '../storage/rows';
import { sortableId } from '../storage/sortableId';
import type { StoredWebhook } from './storedWebhook';

export interface EndpointRow {
  readonly stored: StoredWebhook;
  readonly failingSince: number | null;
  readonly disabledAt: number | null;
}

export type DeliveryAttempt = Delivery['attempts'][number] & { readonly excerpt: string | null };

const DELIVERIES_SHOWN = 100;

/** Webhook endpoints, their deliveries (the outbox) and the attempts, in SQL. */
export function sqlWebhookStore(database: ServerDatabase) {
  const db = database.kysely;
  const rowOf = (row: { data: string; failing_since: number | null; disabled_at: number | null }): EndpointRow => ({
    stored: fromJson<StoredWebhook>(row),
    failingSince: row.failing_since === null ? null : Number(row.failing_since),
    disabledAt: row.disabled_at === null ? null : Number(row.disabled_at),
  });

  const deliveryOf = async (row: Pick<WebhookDeliveriesTable, 'id' | 'type' | 'connection_id' | 'created_at' | 'state' | 'next_attempt_at'>): Promise<Delivery> => {
    const attempts = await db.selectFrom('webhook_attempts').select('data').where('delivery_id', '=', row.id).orderBy('at').orderBy('id').execute();
    return {
      id: row.id,
      type: row.type as Delivery['type'],
      connectionId: row.connection_id,
      createdAt: new Date(Number(row.created_at)).toISOString(),
      state: row.state,
      nextAttemptAt: row.state === 'pending' && row.next_attempt_at !== null ? new Date(Number(row.next_attempt_at)).toISOString() : null,
      attempts: attempts.map((attempt) => {
        const { at, status, error, durationMs } = fromJson<DeliveryAttempt>(attempt);
        return { at, status, error, durationMs };
      }),
    };
  };

  return {
    async insert(stored: StoredWebhook): Promise<void> {
      await db.insertInto('webhook_endpoints').values({ id: stored.id, created_at: stored.createdAt, disabled_at: null, failing_since: null, data: JSON.stringify(stored) }).execute();
    },

    async list(): Promise<EndpointRow[]> {
      const rows = await db.selectFrom('webhook_endpoints').select(['data', 'failing_since', 'disabled_at']).orderBy('created_at').orderBy('id').execute();
      return rows.map(rowOf);
    },

    async find(id: string): Promise<EndpointRow | undefined> {
      const row = await db.selectFrom('webhook_endpoints').select(['data', 'failing_since', 'disabled_at']).where('id', '=', id).executeTakeFirst();
      return row && rowOf(row);
    },

    /** Saved again: its new values, and enabled again (a disabled endpoint is sent to again). */
    async replace(stored: StoredWebhook): Promise<boolean> {
      const result = await db.updateTable('webhook_endpoints').set({ data: JSON.stringify(stored), disabled_at: null, failing_since: null }).where('id', '=', stored.id).executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },

    /** Deletes the endpoint and what was waiting to be sent to it. */
    async delete(id: string): Promise<StoredWebhook | undefined> {
      return db.transaction().execute(async (trx) => {
        const row = await trx.deleteFrom('webhook_endpoints').where('id', '=', id).returning('data').executeTakeFirst();
        if (!row) return undefined;
        const deliveries = trx.selectFrom('webhook_deliveries').select('id').where('endpoint_id', '=', id);
        await trx.deleteFrom('webhook_attempts').where('delivery_id', 'in', deliveries).execute();
        await trx.deleteFrom('webhook_deliveries').where('endpoint_id', '=', id).execute();
        return fromJson<StoredWebhook>(row);
      });
    },

    /** A delivery of `body` to one endpoint, due now (the test event, or a resend). */
    async enqueue(endpointId: string, connectionId: string | null, body: WebhookEventBody, at: number): Promise<Delivery> {
      const row = { id: newDeliveryId(at), endpoint_id: endpointId, connection_id: connectionId, type: body.type, body: JSON.stringify(body), created_at: at, state: 'pending' as const, attempts: 0, next_attempt_at: at, lease_until: null };
      await db.insertInto('webhook_deliveries').values(row).execute();
      return deliveryOf(row);
    },

    async delivery(endpointId: string, id: string): Promise<(Delivery & { readonly body: string }) | undefined> {
      const row = await db.selectFrom('webhook_deliveries').selectAll().where('endpoint_id', '=', endpointId).where('id', '=', id).executeTakeFirst();
      return row && { ...(await deliveryOf(row)), body: row.body };
    },

    /** The newest 100 deliveries of an endpoint, each with its attempts. */
    async deliveries(endpointId: string): Promise<Delivery[]> {
      const rows = await db.selectFrom('webhook_deliveries').selectAll().where('endpoint_id', '=', endpointId).orderBy('seq', 'desc').limit(DELIVERIES_SHOWN).execute();
      return Promise.all(rows.map(deliveryOf));
    },

    async recordAttempt(deliveryId: string, attempt: DeliveryAttempt): Promise<void> {
      const at = Date.parse(attempt.at);
      await db.insertInto('webhook_attempts').values({ id: sortableId(at), delivery_id: deliveryId, at, data: JSON.stringify(attempt) }).execute();
    },
  };
}
export type WebhookStore = ReturnType<typeof sqlWebhookStore>;
