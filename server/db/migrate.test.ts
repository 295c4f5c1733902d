// @vitest-environment node
import { sql, type Kysely } from 'kysely';
import { expect, it } from 'vitest';
import { sqlConnectionRepository } from '../storage/connections';
import { describeEachDatabase } from '../testing/databases';
import { basicConnection, everyConnection, oauthClient, tokenConnection } from '../testing/records';
import { migrateToLatest } from './migrate';
import { migrations } from './migrations';
import type { ServerDatabase } from './openDatabase';

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
    // More rows than the migration reads at once (500), so that it walks on from batch to batch.
    const bulk = Array.from({ length: 1100 }, (_, n) => basicConnection({ name: `Bulk ${n}`, storeHash: `bulk${n % 7}` }));
    for (let i = 0; i < bulk.length; i += 200) {
      const rows = bulk.slice(i, i + 200).map((record) => ({ id: record.id, name_key: record.name.toLowerCase(), updated_at: record.updatedAt, data: JSON.stringify(record) }));
      await old.insertInto('connections').values(rows).execute();
    }

    await migrateToLatest(handle);
    // Every bulk row has its hash (an unfilled one, '', would count here too).
    const others = await handle.kysely.selectFrom('connections').select((eb) => eb.fn.countAll<number>().as('count')).where('store_hash', 'not like', 'bulk_').executeTakeFirstOrThrow();
    expect(Number(others.count)).toBe(2);
    expect(await connectionsOf(handle, 'bulk3')).toBe(bulk.filter((record) => record.storeHash === 'bulk3').length);
    const rows = await handle.kysely.selectFrom('connections').select(['id', 'store_hash', 'state']).where('id', 'in', [online.id, plain.id]).orderBy('store_hash').execute();
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

async function connectionsOf(handle: ServerDatabase, storeHash: string): Promise<number> {
  return (await sqlConnectionRepository(handle).findByStoreHash(storeHash)).length;
}
