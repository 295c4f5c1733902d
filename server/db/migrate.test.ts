// @vitest-environment node
import { sql, type Kysely } from 'kysely';
import { expect, it } from 'vitest';
import { sqlConnectionRepository } from '../storage/connections';
import { describeEachDatabase } from '../testing/databases';
import { basicConnection, everyConnection, oauthClient, tokenConnection } from '../testing/records';
import { migrateToLatest } from './migrate';
import { migrations } from './migrations';

describeEachDatabase('migrations', (database) => {
  it('apply once, are recorded, and keep the data across restarts', async () => {
    const record = basicConnection();
    const first = database().connect();
    await migrateToLatest(first);
    await sqlConnectionRepository(first).insert(record);
    await first.close();

    for (let restart = 0; restart < 2; restart += 1) {
      const again = database().connect();
      await migrateToLatest(again);
      expect(await everyConnection(sqlConnectionRepository(again))).toEqual([record]);
      const applied = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(again.kysely);
      expect(applied.rows.map((row) => row.name)).toEqual(Object.keys(migrations));
      await again.close();
    }
  });

  it('apply in one transaction: a failing migration leaves nothing of itself or of those before it', async () => {
    const handle = database().connect();
    const failing = {
      async up(db: Kysely<unknown>) {
        await db.schema.createTable('half_done').addColumn('id', 'text').execute();
        throw new Error('migration failed halfway');
      },
    };
    await expect(migrateToLatest(handle, { ...migrations, '9999_failing': failing })).rejects.toThrow('9999_failing failed');
    const tables = await handle.kysely.introspection.getTables();
    expect(tables.map((table) => table.name)).not.toContain('half_done');
    expect(tables.map((table) => table.name)).not.toContain('connections');
    await handle.close();
  });

  it("0006 copies each row's store hash, state and client ID out of its JSON, and the list then pages by them", async () => {
    const handle = database().connect();
    const before = Object.fromEntries(Object.entries(migrations).filter(([name]) => name < '0006'));
    await migrateToLatest(handle, before);
    const online = tokenConnection({ storeHash: 'Store9', status: { state: 'online', checkedAt: '2026-01-01T00:00:00.000Z' } });
    const plain = basicConnection({ storeHash: 'store8' });
    const client = oauthClient({ clientId: 'bc-app-1' });
    // Rows as the server wrote them before 0006: no such columns yet (a migration's view of the schema).
    const old = handle.kysely as unknown as Kysely<Record<string, Record<string, string>>>;
    for (const record of [online, plain]) {
      await old.insertInto('connections').values({ id: record.id, name_key: record.name.toLowerCase(), updated_at: record.updatedAt, data: JSON.stringify(record) }).execute();
    }
    await old.insertInto('oauth_clients').values({ id: client.id, name_key: 'my app', created_at: client.createdAt, data: JSON.stringify(client) }).execute();

    await migrateToLatest(handle);
    const rows = await handle.kysely.selectFrom('connections').select(['id', 'store_hash', 'state']).orderBy('store_hash').execute();
    expect(rows).toEqual([
      { id: online.id, store_hash: 'Store9', state: 'online' },
      { id: plain.id, store_hash: 'store8', state: 'untested' },
    ]);
    expect(await handle.kysely.selectFrom('oauth_clients').select('client_id').execute()).toEqual([{ client_id: 'bc-app-1' }]);
    const connections = sqlConnectionRepository(handle);
    expect((await connections.page({ limit: 5, states: ['online'] })).records).toEqual([online]);
    expect(await connections.findByStoreHash('store8')).toEqual([plain]);
    await handle.close();
  });
});
