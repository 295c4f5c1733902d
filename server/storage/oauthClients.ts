import { nameKey, type OAuthClientRepository, type StoredOAuthClient } from '../../core/ports';
import type { ServerDatabase } from '../db/openDatabase';
import { forUpdate, fromJson } from './rows';

function columns(record: StoredOAuthClient) {
  return { name_key: nameKey(record.name), created_at: record.createdAt, client_id: record.clientId, data: JSON.stringify(record) };
}

export function sqlOAuthClientRepository(database: ServerDatabase): OAuthClientRepository {
  const db = database.kysely;
  return {
    async list() {
      // Sorted here, as the demo sorts them: the databases' collations differ (byte order, locale).
      const rows = await db.selectFrom('oauth_clients').select('data').execute();
      return rows
        .map((row) => fromJson<StoredOAuthClient>(row))
        .sort((a, b) => nameKey(a.name).localeCompare(nameKey(b.name)) || a.createdAt.localeCompare(b.createdAt));
    },

    async find(id) {
      const row = await db.selectFrom('oauth_clients').select('data').where('id', '=', id).executeTakeFirst();
      return row && fromJson<StoredOAuthClient>(row);
    },

    async findByClientId(clientId) {
      const rows = await db.selectFrom('oauth_clients').select('data').where('client_id', '=', clientId).orderBy('created_at').orderBy('id').execute();
      return rows.map((row) => fromJson<StoredOAuthClient>(row));
    },

    async insert(record) {
      await db
        .insertInto('oauth_clients')
        .values({ id: record.id, ...columns(record) })
        .execute();
    },

    async replace(id, next) {
      return db.transaction().execute(async (trx) => {
        const row = await forUpdate(database, trx.selectFrom('oauth_clients').select('data').where('id', '=', id)).executeTakeFirst();
        if (!row) return undefined;
        const record = next(fromJson<StoredOAuthClient>(row));
        if (record.id !== id) throw new Error(`replace(${id}) was given a record with another id`);
        await trx.updateTable('oauth_clients').set(columns(record)).where('id', '=', id).execute();
        return record;
      });
    },
  };
}
