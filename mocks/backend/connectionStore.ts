import { claimResult, nameKey, type ConnectionRepository, type SaveResult, type StoredConnection, type StoredIdempotentResult } from '../../core/ports';
import { seededDb } from './seed';

/** The embedded demo's connections, in IndexedDB; the checks and the write share one transaction. */
export const connectionStore: ConnectionRepository = {
  async list() {
    const db = await seededDb();
    const records = await db.getAll('connections');
    return records.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  },

  async find(id) {
    const db = await seededDb();
    return db.get('connections', id);
  },

  insert(record, claim) {
    return write(record.id, () => record, claim && claimResult(claim, record.id));
  },

  replace(id, next) {
    return write(id, (existing) => existing && next(existing));
  },

  async delete(id) {
    const db = await seededDb();
    const tx = db.transaction('connections', 'readwrite');
    const existed = (await tx.store.getKey(id)) !== undefined;
    if (existed) await tx.store.delete(id);
    await tx.done;
    return existed;
  },

  async updateChecked(id, updatedAt, change, _source) {
    const db = await seededDb();
    const tx = db.transaction('connections', 'readwrite');
    const current = await tx.store.get(id);
    const next = current && current.updatedAt === updatedAt ? change(current) : current;
    if (next && next !== current) await tx.store.put(next);
    await tx.done;
    return next;
  },
};

/**
 * Writes what `decide` makes of the record stored under `id`, and a create's idempotency claim with
 * it; nothing (not_found) when it makes nothing.
 */
async function write(
  id: string,
  decide: (existing: StoredConnection | undefined) => StoredConnection | undefined,
  claim?: StoredIdempotentResult,
): Promise<SaveResult> {
  const db = await seededDb();
  const tx = db.transaction(['connections', 'oauthClients', 'idempotency'], 'readwrite');
  const connections = tx.objectStore('connections');
  const result = await (async (): Promise<SaveResult> => {
    const record = decide(await connections.get(id));
    if (!record) return { ok: false, reason: 'not_found' };
    if (record.authType === 'oauth2' && !(await tx.objectStore('oauthClients').get(record.oauthClientId))) {
      return { ok: false, reason: 'unknown_oauth_client' };
    }
    const others = (await connections.getAll()).filter((connection) => connection.id !== id);
    if (others.some((connection) => nameKey(connection.name) === nameKey(record.name))) return { ok: false, reason: 'name_taken' };
    await connections.put(record);
    if (claim && !(await tx.objectStore('idempotency').getKey(claim.key))) await tx.objectStore('idempotency').put(claim);
    return { ok: true, record };
  })();
  await tx.done;
  return result;
}
