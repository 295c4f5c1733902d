import type { Kysely } from 'kysely';
import type { StatusChange } from '../../src/features/connections/schema';
import { eventsOf, historyEntryOf, type ConnectionChange } from '../../core/connections/changeEvents';
import { forgetCheckFailures } from '../checks/backoff';
import type { Tables } from '../db/tables';
import { fromJson } from '../storage/rows';
import { sortableId } from '../storage/sortableId';
import type { StoredWebhook } from '../webhooks/storedWebhook';

/**
 * Writes what a change means (a history row, webhook deliveries) with `trx`, the change's own
 * transaction; `committed` is called once that transaction has committed.
 */
export interface ChangeRecorder {
  record(trx: Kysely<Tables>, change: ConnectionChange): Promise<void>;
  committed(): void;
}

/** For a repository nobody listens to (tests of storage alone). */
export const noRecorder: ChangeRecorder = { record: async () => undefined, committed: () => undefined };

export const newDeliveryId = (at: number) => `msg_${sortableId(at)}`;

/**
 * The one place every change of a connection is recorded (docs/decisions/webhooks.md): its status
 * history and one outbox row per endpoint that wants the event, in the transaction that makes the
 * change, so that a crash can lose or double neither; a connection online again is checked on its
 * interval again. `wake` lets the delivery loop know.
 */
export function changeRecorder(now: () => number, { wake = () => undefined, checkIntervalMs }: { wake?: () => void; checkIntervalMs: number }): ChangeRecorder {
  // Woken after the commit, not before: a delivery loop that looked earlier would find nothing yet.
  let written = false;
  const record = async (trx: Kysely<Tables>, change: ConnectionChange): Promise<void> => {
    const at = now();
    const entry = historyEntryOf(change);
    const connectionId = change.kind === 'created' ? change.after.id : change.before.id;
    if (entry) {
      const id = sortableId(at);
      const row: StatusChange = { id, at: new Date(at).toISOString(), ...entry };
      await trx.insertInto('status_history').values({ id, connection_id: connectionId, at, data: JSON.stringify(row) }).execute();
    }
    // Working again, or given a new token: either way the failures say nothing more.
    if ((change.kind === 'checked' || change.kind === 'updated') && (change.after.status.state === 'online' || change.after.status.state === 'authorized')) {
      await forgetCheckFailures(trx, connectionId, at, checkIntervalMs);
    }
    if (change.kind === 'deleted') {
      // What the connection's own page showed goes with it.
      await trx.deleteFrom('status_history').where('connection_id', '=', connectionId).execute();
      await trx.deleteFrom('connection_checks').where('connection_id', '=', connectionId).execute();
    }
    const events = eventsOf(change, new Date(at).toISOString());
    if (events.length === 0) return;
    const endpoints = (await trx.selectFrom('webhook_endpoints').select('data').where('disabled_at', 'is', null).execute()).map((row) => fromJson<StoredWebhook>(row));
    for (const event of events) {
      for (const endpoint of endpoints.filter((candidate) => candidate.events.includes(event.type))) {
        await trx
          .insertInto('webhook_deliveries')
          .values({ id: newDeliveryId(at), endpoint_id: endpoint.id, connection_id: event.connectionId, type: event.type, body: JSON.stringify(event.body), created_at: at, state: 'pending', attempts: 0, next_attempt_at: at, lease_until: null })
          .execute();
        written = true;
      }
    }
  };
  return {
    record,
    committed() {
      if (!written) return;
      written = false;
      wake();
    },
  };
}
