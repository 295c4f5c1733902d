import type { IdempotencyRepository } from '../../core/ports';
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
    if (!(await tx.store.getKey(result.key))) await tx.store.put(result);
    await tx.done;
  },
};
