// @vitest-environment node
import { expect, it } from 'vitest';
import { countOf, pageOf } from '../../core/connections/search';
import type { ConnectionPageQuery, StoredConnection } from '../../core/ports';
import { describeEachDatabase } from '../testing/databases';
import { basicConnection, oauthClient, oauthConnection, tokenConnection } from '../testing/records';
import { connectionColumns, sqlConnectionRepository } from './connections';
import { sqlOAuthClientRepository } from './oauthClients';

const at = (second: number) => `2026-03-01T10:00:${String(second).padStart(2, '0')}.000Z`;
const online = { state: 'online' as const, checkedAt: at(0) };

describeEachDatabase('the connection list in SQL', (database) => {
  it('pages, searches and filters exactly as the shared rule (core/connections/search.ts) says', async () => {
    const connections = sqlConnectionRepository(await database().open());
    const names = ['Main Store', 'Back_office', '100% Cotton', 'Back office', 'Ünïcode Shop', 'Slash \\ Store', 'Plain'];
    const records: StoredConnection[] = names.map((name, index) =>
      (index % 2 ? tokenConnection : basicConnection)({ name, storeHash: `Hash${index}x`, updatedAt: at(index % 3), ...(index % 3 === 0 ? { status: online } : {}) }),
    );
    for (const record of records) await connections.insert(record);

    const queries: ConnectionPageQuery[] = [
      { limit: 3 },
      { limit: 200 },
      { limit: 2, after: records[3] },
      { limit: 50, q: 'back_' },
      { limit: 50, q: '%' },
      { limit: 50, q: '\\' },
      { limit: 50, q: 'ÜNÏ' },
      { limit: 50, q: 'HASH2' },
      { limit: 1, q: 'store', after: records[0] },
      { limit: 50, states: ['online'] },
      { limit: 1, states: ['online', 'untested'], after: records[1] },
    ];
    for (const query of queries) expect(await connections.page(query), JSON.stringify(query)).toEqual(pageOf(records, query));
    for (const { q, states } of queries) expect(await connections.count({ q, states }), JSON.stringify({ q, states })).toBe(countOf(records, { q, states }));
  });

  it('keeps the state and store hash columns up to date through every write', async () => {
    const connections = sqlConnectionRepository(await database().open());
    const record = basicConnection({ storeHash: 'first1' });
    await connections.insert(record);
    await connections.updateChecked(record.id, record.updatedAt, (current) => ({ ...current, status: online }), 'test');
    expect((await connections.page({ limit: 5, states: ['online'] })).records.map((found) => found.id)).toEqual([record.id]);
    await connections.replace(record.id, (current) => ({ ...current, storeHash: 'second2', status: { state: 'untested' } }));
    expect(await connections.page({ limit: 5, states: ['online'] })).toEqual({ records: [], more: false });
    expect(await connections.findByStoreHash('first1')).toEqual([]);
    expect((await connections.findByStoreHash('second2')).map((found) => found.id)).toEqual([record.id]);
  });

  it("finds a store's connections and an app's clients by their indexed columns", async () => {
    const handle = await database().open();
    const connections = sqlConnectionRepository(handle);
    const clients = sqlOAuthClientRepository(handle);
    const app = oauthClient({ clientId: 'app-one' });
    const again = oauthClient({ clientId: 'app-one', name: 'Same app, again', createdAt: at(5) });
    await clients.insert(app);
    await clients.insert(again);
    await clients.insert(oauthClient({ clientId: 'app-two' }));
    const mine = [oauthConnection(app.id, { storeHash: 'store1' }), tokenConnection({ storeHash: 'store1', updatedAt: at(9) })];
    for (const record of [...mine, basicConnection({ storeHash: 'store2' }), basicConnection({ storeHash: 'STORE1' })]) await connections.insert(record);

    expect((await clients.findByClientId('app-one')).map((client) => client.id)).toEqual([app.id, again.id]);
    expect(await clients.findByClientId('app-three')).toEqual([]);
    const renamed = await clients.replace(again.id, (client) => ({ ...client, clientId: 'app-three' }));
    expect(await clients.findByClientId('app-three')).toEqual([renamed]);
    expect((await connections.findByStoreHash('store1')).map((found) => found.id).sort()).toEqual(mine.map((record) => record.id).sort());
  });

  it('finds a rare term from the index and a common one from the newest rows, both as the shared rule says, through renames and deletes', async () => {
    const handle = await database().open();
    const connections = sqlConnectionRepository(handle);
    // More rows match "common" than the index is asked for (500): those are read newest first.
    const records: StoredConnection[] = Array.from({ length: 520 }, (_, index) => tokenConnection({ name: `Common ${index}`, storeHash: `h${index}`, updatedAt: at(index % 60) }));
    records.push(tokenConnection({ name: 'Rare Sparrow', storeHash: 'zzq9' }), basicConnection({ name: 'Another sparrow', storeHash: 'abc1' }));
    await handle.kysely
      .insertInto('connections')
      .values(records.map((record) => ({ id: record.id, ...connectionColumns(record) })))
      .execute();
    const check = async (all: StoredConnection[]) => {
      for (const query of [{ limit: 50, q: 'sparrow' }, { limit: 50, q: 'ZZQ' }, { limit: 50, q: 'common 1' }, { limit: 5, q: 'common', after: all[3] }, { limit: 50, q: 'mon 51' }]) {
        expect(await connections.page(query), JSON.stringify(query)).toEqual(pageOf(all, query));
        expect(await connections.count({ q: query.q }), query.q).toBe(countOf(all, { q: query.q }));
      }
    };
    await check(records);

    const renamed = await connections.replace(records[0]!.id, (current) => ({ ...current, name: 'Sparrow renamed', updatedAt: at(59) }));
    const removed = records[520]!;
    await connections.delete(removed.id);
    if (!renamed.ok) throw new Error('not renamed');
    await check([renamed.record, ...records.slice(1).filter((record) => record.id !== removed.id)]);
    expect((await connections.page({ limit: 50, q: 'rare' })).records).toEqual([]);
  });
});
