import { countOf, pageOf } from '../../core/connections/search';
import { claimResult, nameKey, type ConnectionRepository, type SaveResult, type StoredConnection, type StoredIdempotentResult } from '../../core/ports';
import { seededDb } from './seed';

// The in-browser demo holds a handful of connections, one person's: reading them all and filtering
// in memory (with the same rule as the server's SQL) costs less than the indexes it would need.
// The server reads pages from indexes (server/storage/connectionPage.ts).

/** The embedded demo's connections, in IndexedDB; the checks and the write share one transaction. */
export const connectionStore: ConnectionRepository = {
  async page(query) {
    const db = await seededDb();
    return pageOf(await db.getAll('connections'), query);
  },

  async count(filter) {
    const db = await seededDb();
    return countOf(await db.getAll('connections'), filter);
  },

  async findByStoreHash(storeHash) {
    const db = await seededDb();
    return (await db.getAll('connections')).filter((record) => record.storeHash === storeHash);
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
    // No index on the name's key in the demo's IndexedDB (records hold no such field): a scan of its handful of rows.
    const others = (await connections.getAll()).filter((connection) => connection.id !== id);
    if (others.some((connection) => nameKey(connection.name) === nameKey(record.name))) return { ok: false, reason: 'name_taken' };
    await connections.put(record);
    if (claim && !(await tx.objectStore('idempotency').getKey(claim.key))) await tx.objectStore('idempotency').put(claim);
    return { ok: true, record };
  })();
  await tx.done;
  return result;
}
