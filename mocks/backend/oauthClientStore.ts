import { nameKey, type OAuthClientRepository } from '../../core/ports';
import { seededDb } from './seed';

/** The embedded demo's OAuth 2.0 clients, in IndexedDB. */
export const oauthClientStore: OAuthClientRepository = {
  async list() {
    const db = await seededDb();
    const records = await db.getAll('oauthClients');
    return records.sort((a, b) => nameKey(a.name).localeCompare(nameKey(b.name)) || a.createdAt.localeCompare(b.createdAt));
  },

  async find(id) {
    const db = await seededDb();
    return db.get('oauthClients', id);
  },

  async findByClientId(clientId) {
    const db = await seededDb();
    return (await db.getAll('oauthClients')).filter((record) => record.clientId === clientId);
  },

  async insert(record) {
    const db = await seededDb();
    await db.put('oauthClients', record);
  },

  async replace(id, next) {
    const db = await seededDb();
    const tx = db.transaction('oauthClients', 'readwrite');
    const existing = await tx.store.get(id);
    const record = existing ? next(existing) : undefined;
    if (record) await tx.store.put(record);
    await tx.done;
    return record;
  },
};
