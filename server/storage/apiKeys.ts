import type { ApiKeyRepository, StoredApiKey } from '../../core/ports';
import type { ServerDatabase } from '../db/openDatabase';
import { fromJson } from './rows';

export function sqlApiKeyRepository(database: ServerDatabase): ApiKeyRepository {
  const db = database.kysely;
  return {
    async insert(key) {
      await db.insertInto('api_keys').values({ id: key.id, secret_hash: key.secretHash, created_at: key.createdAt, last_used_at: null, data: JSON.stringify(key) }).execute();
    },

    async list() {
      const rows = await db.selectFrom('api_keys').select(['data', 'last_used_at']).orderBy('created_at', 'desc').orderBy('id').execute();
      return rows.map((row) => ({ key: fromJson<StoredApiKey>(row), lastUsedAt: row.last_used_at === null ? null : Number(row.last_used_at) }));
    },

    async findBySecretHash(secretHash) {
      const row = await db.selectFrom('api_keys').select('data').where('secret_hash', '=', secretHash).executeTakeFirst();
      return row && fromJson<StoredApiKey>(row);
    },

    async delete(id) {
      const row = await db.deleteFrom('api_keys').where('id', '=', id).returning('data').executeTakeFirst();
      return row && fromJson<StoredApiKey>(row);
    },

    async markUsed(uses) {
      for (const [id, at] of uses) {
        await db
          .updateTable('api_keys')
          .set({ last_used_at: at })
          .where('id', '=', id)
          .where((eb) => eb.or([eb('last_used_at', 'is', null), eb('last_used_at', '<', at)]))
          .execute();
      }
    },
  };
}
