import { savedStatus, type IdempotencyRepository } from '../../core/ports';
import { openBackendDb } from './db';

/** Idempotency results in IndexedDB (docs/api.md): expired keys go as new ones come. */
export const idempotencyStore: IdempotencyRepository = {
  async find(key, now) {
    const db = await openBackendDb();
    const result = await db.get('idempotency', key);
    return result && result.expiresAt > now ? result : undefined;
  },

  async store(result) {
    const db = await openBackendDb();
    const tx = db.transaction('idempotency', 'readwrite');
    let cursor = await tx.store.openCursor();
    while (cursor) {
      if (cursor.value.expiresAt <= result.storedAt) await cursor.delete();
      cursor = await cursor.continue();
    }
    // The first answer stays; a claim (the save recorded, its answer not yet) gives way to it.
    const existing = await tx.store.get(result.key);
    if (!existing || existing.status === savedStatus) await tx.store.put(result);
    await tx.done;
  },
};
