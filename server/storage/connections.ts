import { claimResult, nameKey, type ConnectionRepository, type SaveResult, type StoredConnection } from '../../core/ports';
import { insertClaim } from './idempotency';
import type { ServerDatabase } from '../db/openDatabase';
import { isUniqueViolation } from '../db/uniqueViolation';
import { noRecorder, type ChangeRecorder } from '../events/changeRecorder';
import { connectionCount, connectionPage } from './connectionPage';
import { forUpdate, fromJson } from './rows';

const nameTaken: SaveResult = { ok: false, reason: 'name_taken' };
const unknownOAuthClient: SaveResult = { ok: false, reason: 'unknown_oauth_client' };

/** A connection's row but its id, as every write stores it (a seed that writes rows directly uses it too). */
export function connectionColumns(record: StoredConnection) {
  return { name_key: nameKey(record.name), updated_at: record.updatedAt, store_hash: record.storeHash, state: record.status.state, data: JSON.stringify(record) };
}

// Name uniqueness is the unique index on name_key: whichever write reaches it second fails with
// the driver's constraint error, however many servers share the database.
const orNameTaken = (error: unknown): SaveResult => {
  if (isUniqueViolation(error, 'connections', 'name_key')) return nameTaken;
  throw error;
};

/**
 * Connections in SQL. `recorder`, when given, is told of every change inside the change's own
 * transaction (server/events/changeRecorder.ts: status history and webhook deliveries).
 */
export function sqlConnectionRepository(database: ServerDatabase, recorder: ChangeRecorder = noRecorder): ConnectionRepository {
  const db = database.kysely;
  const recordChange = recorder.record;
  /** A transaction that may record a change: the recorder hears when it has committed. */
  const transaction = async <T>(work: (trx: typeof db) => Promise<T>): Promise<T> => {
    const result = await db.transaction().execute(work);
    recorder.committed();
    return result;
  };
  const lockedRecord = async (trx: typeof db, id: string) => {
    const row = await forUpdate(database, trx.selectFrom('connections').select('data').where('id', '=', id)).executeTakeFirst();
    return row && fromJson<StoredConnection>(row);
  };

  return {
    page: (query) => connectionPage(database, query),
    count: (filter) => connectionCount(database, filter),

    async findByStoreHash(storeHash) {
      const rows = await db.selectFrom('connections').select('data').where('store_hash', '=', storeHash).orderBy('updated_at', 'desc').orderBy('id', 'desc').execute();
      return rows.map((row) => fromJson<StoredConnection>(row));
    },

    async find(id) {
      const row = await db.selectFrom('connections').select('data').where('id', '=', id).executeTakeFirst();
      return row && fromJson<StoredConnection>(row);
    },

    async insert(created, claim) {
      const row = { id: created.id, ...connectionColumns(created) };
      try {
        return await transaction(async (trx): Promise<SaveResult> => {
          if (created.authType !== 'oauth2') {
            await trx.insertInto('connections').values(row).execute();
          } else {
            // One statement that inserts only if the client exists: the check and the write are atomic.
            const result = await trx
              .insertInto('connections')
              .columns(['id', 'name_key', 'updated_at', 'store_hash', 'state', 'data'])
              .expression((eb) =>
                eb
                  .selectFrom('oauth_clients')
                  .select([
                    eb.val(row.id).as('id'),
                    eb.val(row.name_key).as('name_key'),
                    eb.val(row.updated_at).as('updated_at'),
                    eb.val(row.store_hash).as('store_hash'),
                    eb.val(row.state).as('state'),
                    eb.val(row.data).as('data'),
                  ])
                  .where('oauth_clients.id', '=', created.oauthClientId),
              )
              .executeTakeFirst();
            if (result.numInsertedOrUpdatedRows !== 1n) return unknownOAuthClient;
          }
          if (claim) await insertClaim(trx, claimResult(claim, created.id));
          await recordChange(trx, { kind: 'created', after: created });
          return { ok: true, record: created };
        });
      } catch (error) {
        return orNameTaken(error);
      }
    },

    async replace(id, next) {
      try {
        return await transaction(async (trx): Promise<SaveResult> => {
          const existing = await lockedRecord(trx, id);
          if (!existing) return { ok: false, reason: 'not_found' };
          const record = next(existing);
          if (record.id !== id) throw new Error(`replace(${id}) was given a record with another id`);
          if (record.authType === 'oauth2') {
            const client = await trx.selectFrom('oauth_clients').select('id').where('id', '=', record.oauthClientId).executeTakeFirst();
            if (!client) return unknownOAuthClient;
          }
          await trx.updateTable('connections').set(connectionColumns(record)).where('id', '=', id).execute();
          await recordChange(trx, { kind: 'updated', before: existing, after: record });
          return { ok: true, record };
        });
      } catch (error) {
        return orNameTaken(error);
      }
    },

    async delete(id) {
      return transaction(async (trx) => {
        const existing = await lockedRecord(trx, id);
        if (!existing) return false;
        await trx.deleteFrom('connections').where('id', '=', id).execute();
        await recordChange(trx, { kind: 'deleted', before: existing });
        return true;
      });
    },

    async updateChecked(id, updatedAt, change, source) {
      return transaction(async (trx) => {
        const current = await lockedRecord(trx, id);
        if (!current || current.updatedAt !== updatedAt) return current;
        const next = change(current);
        if (next === current) return next;
        await trx.updateTable('connections').set(connectionColumns(next)).where('id', '=', id).execute();
        await recordChange(trx, { kind: 'checked', before: current, after: next, source });
        return next;
      });
    },
  };
}
