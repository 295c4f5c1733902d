// OAuth 2.0 authorizations waiting for their callback, keyed by `state`. They live in IndexedDB
// because the callback is handled by another document (the callback page) than the one that
// started it. A state stays valid for its whole lifetime, even after a successful callback, so
// that a second callback with the same code reaches BigCommerce (which answers invalid_grant).
import type { AuthorizationRepository } from '../../core/ports';
import { seededDb } from './seed';

export const authorizationStore: AuthorizationRepository = {
  async create(pending) {
    const db = await seededDb();
    const tx = db.transaction('authorizations', 'readwrite');
    for (const old of await tx.store.getAll()) if (old.expiresAt <= Date.now()) await tx.store.delete(old.id);
    await tx.store.put(pending);
    await tx.done;
  },

  async find(id, now) {
    const db = await seededDb();
    const pending = await db.get('authorizations', id);
    return pending && pending.expiresAt > now ? pending : undefined;
  },

  async findForBrowser(browser, storeHash, now) {
    const db = await seededDb();
    const all = await db.getAll('authorizations');
    return all
      .filter((pending) => pending.browser === browser && pending.storeHash === storeHash && pending.expiresAt > now)
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
  },
};
