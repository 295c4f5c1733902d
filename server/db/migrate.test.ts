// @vitest-environment node
import { sql, type Kysely } from 'kysely';
import { expect, it } from 'vitest';
import { sqlConnectionRepository } from '../storage/connections';
import { describeEachDatabase } from '../testing/databases';
import { basicConnection } from '../testing/records';
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
      expect(await sqlConnectionRepository(again).list()).toEqual([record]);
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
});
