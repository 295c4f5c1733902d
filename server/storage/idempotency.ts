import type { IdempotencyRepository } from '../../core/ports';
import type { ServerDatabase } from '../db/openDatabase';

export function sqlIdempotencyRepository(database: ServerDatabase): IdempotencyRepository {
  const db = database.kysely;
  return {
    async find(key, now) {
      const row = await db.selectFrom('idempotency_results').selectAll().where('key', '=', key).where('expires_at', '>', now).executeTakeFirst();
      return row && { key: row.key, fingerprint: row.fingerprint, status: row.status, body: row.body, storedAt: row.stored_at, expiresAt: row.expires_at };
    },

    async store(result) {
      // Expired results go as new ones come, so the table stays as small as a day's saves; an
      // expired result under this very key goes too, and the new one takes its place.
      await db.deleteFrom('idempotency_results').where('expires_at', '<=', result.storedAt).execute();
      await db
        .insertInto('idempotency_results')
        .values({
          key: result.key,
          fingerprint: result.fingerprint,
          status: result.status,
          body: result.body,
          stored_at: result.storedAt,
          expires_at: result.expiresAt,
        })
        .onConflict((conflict) => conflict.column('key').doNothing())
        .execute();
    },
  };
}
