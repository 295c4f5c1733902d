import type { ConnectionInput } from '../../src/features/connections/schema';
import { nowIso } from './clock';
import type { StoredConnection } from './db';
import { buildConnectionRecord, keepAuthorization, nameKey, newStamp } from './records';
import { seededDb } from './seed';

export type SaveConnectionResult =
  | { readonly ok: true; readonly record: StoredConnection }
  | { readonly ok: false; readonly reason: 'not_found' | 'name_taken' | 'unknown_oauth_client' };

/** Newest change first. */
export async function listConnections(): Promise<StoredConnection[]> {
  const db = await seededDb();
  const records = await db.getAll('connections');
  return records.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

export async function findConnection(id: string): Promise<StoredConnection | undefined> {
  const db = await seededDb();
  return db.get('connections', id);
}

/**
 * Creates a connection (no `id`) or replaces the one with `id`. The record, secrets encrypted,
 * is built first; the checks and the write then share one transaction, so two saves cannot
 * both claim a name.
 */
export async function saveConnection(input: ConnectionInput, id?: string): Promise<SaveConnectionResult> {
  const db = await seededDb();
  const now = nowIso();
  const built = await buildConnectionRecord(input, id === undefined ? newStamp(now) : { id, createdAt: now, now });

  const tx = db.transaction(['connections', 'oauthClients'], 'readwrite');
  const connections = tx.objectStore('connections');
  const result = await (async (): Promise<SaveConnectionResult> => {
    const existing = id === undefined ? undefined : await connections.get(id);
    if (id !== undefined && !existing) return { ok: false, reason: 'not_found' };
    if (input.authType === 'oauth2' && !(await tx.objectStore('oauthClients').get(input.oauthClientId))) {
      return { ok: false, reason: 'unknown_oauth_client' };
    }
    const others = (await connections.getAll()).filter((connection) => connection.id !== built.id);
    if (others.some((connection) => nameKey(connection.name) === nameKey(input.name))) {
      return { ok: false, reason: 'name_taken' };
    }
    const record = existing ? { ...keepAuthorization(existing, built), createdAt: existing.createdAt } : built;
    await connections.put(record);
    return { ok: true, record };
  })();
  await tx.done;
  return result;
}

/** False if there was no such connection. */
export async function deleteConnection(id: string): Promise<boolean> {
  const db = await seededDb();
  const tx = db.transaction('connections', 'readwrite');
  const existed = (await tx.store.getKey(id)) !== undefined;
  if (existed) await tx.store.delete(id);
  await tx.done;
  return existed;
}

/**
 * Applies `change` to the connection unless it was saved again (or deleted) since `updatedAt`:
 * a test or an authorization that took a while must not overwrite newer credentials. Returns the
 * connection as it now is. `updatedAt` itself stays: a check is not a change by the person.
 */
export async function updateCheckedConnection(
  id: string,
  updatedAt: string,
  change: (record: StoredConnection) => StoredConnection,
): Promise<StoredConnection | undefined> {
  const db = await seededDb();
  const tx = db.transaction('connections', 'readwrite');
  const current = await tx.store.get(id);
  const next = current && current.updatedAt === updatedAt ? change(current) : current;
  if (next && next !== current) await tx.store.put(next);
  await tx.done;
  return next;
}
