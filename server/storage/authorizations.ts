import type { AuthorizationRepository, PendingAuthorization } from '../../core/ports';
import type { ServerDatabase } from '../db/openDatabase';
import type { PendingAuthorizationsTable } from '../db/tables';

function fromRow(row: PendingAuthorizationsTable): PendingAuthorization {
  return {
    id: row.id,
    connectionId: row.connection_id,
    storeHash: row.store_hash,
    ...(row.browser === null ? {} : { browser: row.browser }),
    createdAt: row.created_at,
    expiresAt: row.expires_at,
  };
}

export function sqlAuthorizationRepository(database: ServerDatabase): AuthorizationRepository {
  const db = database.kysely;
  const unexpired = (now: number) => db.selectFrom('pending_authorizations').selectAll().where('expires_at', '>', now);
  return {
    async create(pending) {
      const now = Date.parse(pending.createdAt);
      if (Number.isFinite(now)) await db.deleteFrom('pending_authorizations').where('expires_at', '<=', now).execute();
      await db
        .insertInto('pending_authorizations')
        .values({
          id: pending.id,
          connection_id: pending.connectionId,
          browser: pending.browser ?? null,
          store_hash: pending.storeHash,
          created_at: pending.createdAt,
          expires_at: pending.expiresAt,
        })
        .execute();
    },

    async find(id, now) {
      const row = await unexpired(now).where('id', '=', id).executeTakeFirst();
      return row && fromRow(row);
    },

    async findForBrowser(browser, storeHash, now) {
      const row = await unexpired(now)
        .where('browser', '=', browser)
        .where('store_hash', '=', storeHash)
        .orderBy('created_at', 'desc')
        .orderBy('expires_at', 'desc')
        .limit(1)
        .executeTakeFirst();
      return row && fromRow(row);
    },
  };
}
