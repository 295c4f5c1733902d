import { savedStatus, type IdempotencyRepository, type StoredIdempotentResult } from '../../core/ports';
import type { Kysely } from 'kysely';
import type { ServerDatabase } from '../db/openDatabase';
import type { Tables } from '../db/tables';

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
        // The first answer stays; a claim (the save recorded, its answer not yet) gives way to it.
        .onConflict((conflict) =>
          conflict
            .column('key')
            .doUpdateSet({ status: result.status, body: result.body, stored_at: result.storedAt, expires_at: result.expiresAt })
            .where('idempotency_results.status', '=', savedStatus),
        )
        .execute();
    },
  };
}

/** Records a create's claim inside the create's own transaction (core/idempotency.ts). */
export async function insertClaim(trx: Kysely<Tables>, claim: StoredIdempotentResult): Promise<void> {
  await trx
    .insertInto('idempotency_results')
    .values({ key: claim.key, fingerprint: claim.fingerprint, status: claim.status, body: claim.body, stored_at: claim.storedAt, expires_at: claim.expiresAt })
    .onConflict((conflict) => conflict.column('key').doNothing())
    .execute();
}
