import { nameKey, type ConnectionRepository, type SaveResult, type StoredConnection } from '../../core/ports';
import type { ServerDatabase } from '../db/openDatabase';
import { isUniqueViolation } from '../db/uniqueViolation';
import { forUpdate, fromJson } from './rows';

const nameTaken: SaveResult = { ok: false, reason: 'name_taken' };
const unknownOAuthClient: SaveResult = { ok: false, reason: 'unknown_oauth_client' };

function columns(record: StoredConnection) {
  return { name_key: nameKey(record.name), updated_at: record.updatedAt, data: JSON.stringify(record) };
}

// Name uniqueness is the unique index on name_key: whichever write reaches it second fails with
// the driver's constraint error, however many servers share the database.
const orNameTaken = (error: unknown): SaveResult => {
  if (isUniqueViolation(error, 'connections', 'name_key')) return nameTaken;
  throw error;
};

export function sqlConnectionRepository(database: ServerDatabase): ConnectionRepository {
  const db = database.kysely;
  const lockedRecord = async (trx: typeof db, id: string) => {
    const row = await forUpdate(database, trx.selectFrom('connections').select('data').where('id', '=', id)).executeTakeFirst();
    return row && fromJson<StoredConnection>(row);
  };

  return {
    async list() {
      const rows = await db.selectFrom('connections').select('data').orderBy('updated_at', 'desc').orderBy('id').execute();
      return rows.map((row) => fromJson<StoredConnection>(row));
    },

    async find(id) {
      const row = await db.selectFrom('connections').select('data').where('id', '=', id).executeTakeFirst();
      return row && fromJson<StoredConnection>(row);
    },

    async insert(record) {
      const row = { id: record.id, ...columns(record) };
      try {
        if (record.authType !== 'oauth2') {
          await db.insertInto('connections').values(row).execute();
          return { ok: true, record };
        }
        // One statement that inserts only if the client exists: the check and the write are atomic.
        const result = await db
          .insertInto('connections')
          .columns(['id', 'name_key', 'updated_at', 'data'])
          .expression((eb) =>
            eb
              .selectFrom('oauth_clients')
              .select([eb.val(row.id).as('id'), eb.val(row.name_key).as('name_key'), eb.val(row.updated_at).as('updated_at'), eb.val(row.data).as('data')])
              .where('oauth_clients.id', '=', record.oauthClientId),
          )
          .executeTakeFirst();
        return result.numInsertedOrUpdatedRows === 1n ? { ok: true, record } : unknownOAuthClient;
      } catch (error) {
        return orNameTaken(error);
      }
    },

    async replace(id, next) {
      try {
        return await db.transaction().execute(async (trx): Promise<SaveResult> => {
          const existing = await lockedRecord(trx, id);
          if (!existing) return { ok: false, reason: 'not_found' };
          const record = next(existing);
          if (record.id !== id) throw new Error(`replace(${id}) was given a record with another id`);
          if (record.authType === 'oauth2') {
            const client = await trx.selectFrom('oauth_clients').select('id').where('id', '=', record.oauthClientId).executeTakeFirst();
            if (!client) return unknownOAuthClient;
          }
          await trx.updateTable('connections').set(columns(record)).where('id', '=', id).execute();
          return { ok: true, record };
        });
      } catch (error) {
        return orNameTaken(error);
      }
    },

    async delete(id) {
      const result = await db.deleteFrom('connections').where('id', '=', id).executeTakeFirst();
      return result.numDeletedRows > 0n;
    },

    async updateChecked(id, updatedAt, change) {
      return db.transaction().execute(async (trx) => {
        const current = await lockedRecord(trx, id);
        if (!current || current.updatedAt !== updatedAt) return current;
        const next = change(current);
        if (next !== current) await trx.updateTable('connections').set(columns(next)).where('id', '=', id).execute();
        return next;
      });
    },
  };
}
