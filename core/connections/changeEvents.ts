// What a change to a connection means for the outside world: the history row its status gets,
// and the webhook events it sends. Pure: the server writes both in the change's own transaction
// (server/events/), so that neither can be lost or doubled by a crash in between.
import type { ConnectionStatus, StatusPoint, StatusSource, WebhookEventBody, WebhookEventType } from '../../src/features/connections/schema';
import type { StoredConnection } from '../ports';
import { serializeConnection } from '../serialize';

export type ConnectionChange =
  | { readonly kind: 'created'; readonly after: StoredConnection }
  /** Saved again with new values (PUT). */
  | { readonly kind: 'updated'; readonly before: StoredConnection; readonly after: StoredConnection }
  | { readonly kind: 'deleted'; readonly before: StoredConnection }
  /** A test, a check, a proxied call, an authorization or an uninstall changed it. */
  | { readonly kind: 'checked'; readonly before: StoredConnection; readonly after: StoredConnection; readonly source: StatusSource };

export interface HistoryEntry {
  readonly from: StatusPoint | null;
  readonly to: StatusPoint;
  readonly reason: string | null;
  readonly source: StatusSource;
}

export interface ChangeEvent {
  readonly type: WebhookEventType;
  readonly connectionId: string;
  readonly body: WebhookEventBody;
}

const pointOf = (status: ConnectionStatus): StatusPoint => (status.code ? { state: status.state, code: status.code } : { state: status.state });

/** Did the state, or why it is offline, change? A newer `checkedAt` alone is no change. */
export function statusChanged(before: ConnectionStatus, after: ConnectionStatus): boolean {
  return before.state !== after.state || before.code !== after.code;
}

/** The row the connection's status history gets, if its status changed. */
export function historyEntryOf(change: ConnectionChange): HistoryEntry | undefined {
  switch (change.kind) {
    case 'created':
      return { from: null, to: pointOf(change.after.status), reason: change.after.status.reason ?? null, source: 'save' };
    case 'deleted':
      return undefined;
    case 'updated':
    case 'checked':
      if (!statusChanged(change.before.status, change.after.status)) return undefined;
      return {
        from: pointOf(change.before.status),
        to: pointOf(change.after.status),
        reason: change.after.status.reason ?? null,
        source: change.kind === 'updated' ? 'save' : change.source,
      };
  }
}

function body(type: WebhookEventType, record: StoredConnection, timestamp: string, previous?: ConnectionStatus): ChangeEvent {
  const data = previous ? { connection: serializeConnection(record), previous: { status: { ...previous } } } : { connection: serializeConnection(record) };
  return { type, connectionId: record.id, body: { type, timestamp, data } };
}

const authorizedAt = (record: StoredConnection) => (record.authType === 'oauth2' ? record.authorization?.authorizedAt : undefined);

/** The webhook events a change sends, in the order they happened. */
export function eventsOf(change: ConnectionChange, timestamp: string): ChangeEvent[] {
  switch (change.kind) {
    case 'created':
      return [body('connection.created', change.after, timestamp)];
    case 'deleted':
      return [body('connection.deleted', change.before, timestamp)];
    case 'updated': {
      const events = [body('connection.updated', change.after, timestamp)];
      if (statusChanged(change.before.status, change.after.status)) events.push(body('connection.status_changed', change.after, timestamp, change.before.status));
      return events;
    }
    case 'checked': {
      const { before, after, source } = change;
      const events: ChangeEvent[] = [];
      if (source === 'authorization' && authorizedAt(after) && authorizedAt(after) !== authorizedAt(before)) events.push(body('connection.authorized', after, timestamp));
      if (source === 'uninstall' && after.status.state === 'revoked' && before.status.state !== 'revoked') events.push(body('connection.uninstalled', after, timestamp));
      if (statusChanged(before.status, after.status)) events.push(body('connection.status_changed', after, timestamp, before.status));
      return events;
    }
  }
}
