// @vitest-environment node
import { expect, it } from 'vitest';
import type { StoredConnection } from '../../core/ports';
import { describeEachDatabase } from '../testing/databases';
import { basicConnection, everyConnection, oauthClient, oauthConnection, tokenConnection } from '../testing/records';
import { sqlConnectionRepository } from './connections';
import { sqlOAuthClientRepository } from './oauthClients';

const later = '2026-02-01T00:00:00.000Z';
const renamed = (name: string) => (record: StoredConnection): StoredConnection => ({ ...record, name, updatedAt: later });

describeEachDatabase('connection repository', (database) => {
  const open = async () => sqlConnectionRepository(await database().open());

  it('stores, finds, lists newest first and deletes', async () => {
    const connections = await open();
    const older = basicConnection({ updatedAt: '2026-01-01T00:00:00.000Z' });
    const newer = tokenConnection({ updatedAt: '2026-01-02T00:00:00.000Z' });
    expect(await connections.insert(older)).toEqual({ ok: true, record: older });
    expect(await connections.insert(newer)).toEqual({ ok: true, record: newer });

    expect(await connections.find(older.id)).toEqual(older);
    expect(await connections.page({ limit: 10 })).toEqual({ records: [newer, older], more: false });
    expect(await connections.delete(older.id)).toBe(true);
    expect(await connections.delete(older.id)).toBe(false);
    expect(await connections.find(older.id)).toBeUndefined();
  });

  it('refuses a name another connection has, whatever its case and spaces', async () => {
    const connections = await open();
    await connections.insert(basicConnection({ name: 'Main store' }));
    const other = basicConnection({ name: 'Other' });
    await connections.insert(other);

    expect(await connections.insert(tokenConnection({ name: '  MAIN STORE ' }))).toEqual({ ok: false, reason: 'name_taken' });
    expect(await connections.replace(other.id, renamed('main store'))).toEqual({ ok: false, reason: 'name_taken' });
    expect((await connections.find(other.id))?.name).toBe('Other');
  });

  it('lets exactly one of two servers win a race for a name', async () => {
    const first = await open();
    const second = await open();
    const results = await Promise.all([
      first.insert(basicConnection({ name: 'Raced' })),
      second.insert(tokenConnection({ name: 'raced' })),
    ]);

    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.filter((result) => !result.ok)).toEqual([{ ok: false, reason: 'name_taken' }]);
    expect(await everyConnection(first)).toHaveLength(1);
  });

  it("lets a second server's write wait for the first's open transaction, and both land", async () => {
    const firstHandle = await database().open();
    const second = await open();
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let secondStarted = () => {};
    const started = new Promise<void>((resolve) => (secondStarted = resolve));
    // The first server holds its write transaction open until the second has begun waiting for it.
    const holding = firstHandle.kysely.transaction().execute(async (trx) => {
      await trx.insertInto('connections').values({ id: 'held', name_key: 'held', updated_at: later, store_hash: 'abc123', state: 'untested', data: JSON.stringify(basicConnection({ id: 'held', name: 'Held' })) }).execute();
      await held;
    });
    const waiting = (async () => {
      const result = second.insert(tokenConnection({ name: 'Waited' }));
      secondStarted();
      return result;
    })();
    await started;
    setTimeout(release, 50);
    await holding;
    expect((await waiting).ok).toBe(true);
    expect((await everyConnection(second)).map((record) => record.name).sort()).toEqual(['Held', 'Waited']);
  });

  it('refuses an OAuth 2.0 connection whose client is not stored', async () => {
    const handle = await database().open();
    const connections = sqlConnectionRepository(handle);
    const client = oauthClient();
    await sqlOAuthClientRepository(handle).insert(client);

    expect(await connections.insert(oauthConnection('no-such-client'))).toEqual({ ok: false, reason: 'unknown_oauth_client' });
    const stored = oauthConnection(client.id);
    expect(await connections.insert(stored)).toEqual({ ok: true, record: stored });
    const toMissingClient = (record: StoredConnection) => ({ ...record, oauthClientId: 'gone' }) as StoredConnection;
    expect(await connections.replace(stored.id, toMissingClient)).toEqual({ ok: false, reason: 'unknown_oauth_client' });
    expect(await everyConnection(connections)).toEqual([stored]);
  });

  it('replaces a connection, keeping its own name free to reuse', async () => {
    const connections = await open();
    const record = basicConnection({ name: 'Shop' });
    await connections.insert(record);

    const result = await connections.replace(record.id, renamed('SHOP'));
    expect(result).toEqual({ ok: true, record: { ...record, name: 'SHOP', updatedAt: later } });
    expect(await connections.replace('missing', renamed('x'))).toEqual({ ok: false, reason: 'not_found' });
    // The old name is free once renamed.
    await connections.replace(record.id, renamed('Renamed'));
    expect((await connections.insert(basicConnection({ name: 'shop' }))).ok).toBe(true);
  });

  it('applies a checked update only when nothing saved the connection since', async () => {
    const connections = await open();
    const record = basicConnection();
    await connections.insert(record);
    const online = (current: StoredConnection): StoredConnection => ({ ...current, status: { state: 'online' } });

    expect(await connections.updateChecked(record.id, record.updatedAt, online, 'test')).toEqual({ ...record, status: { state: 'online' } });
    await connections.replace(record.id, renamed('Saved again'));
    const stale = await connections.updateChecked(record.id, record.updatedAt, (current) => ({ ...current, status: { state: 'offline' } }), 'test');
    expect(stale).toMatchObject({ name: 'Saved again', status: { state: 'online' } });
    expect(await connections.find(record.id)).toEqual(stale);
    expect(await connections.updateChecked('missing', record.updatedAt, online, 'test')).toBeUndefined();
  });

  it('lets one of two concurrent checked updates apply, the other sees it', async () => {
    const first = await open();
    // Two servers on PostgreSQL; on SQLite one process has one handle: a second in the same
    // process would wait synchronously for a lock the first, on the same thread, cannot release.
    const second = database().target.kind === 'postgres' ? await open() : first;
    const record = basicConnection();
    await first.insert(record);
    const bump = (state: 'online' | 'offline') => (current: StoredConnection): StoredConnection => ({ ...current, status: { state }, updatedAt: later });

    await Promise.all([first.updateChecked(record.id, record.updatedAt, bump('online'), 'check'), second.updateChecked(record.id, record.updatedAt, bump('offline'), 'check')]);
    const [a, b] = await Promise.all([first.find(record.id), second.find(record.id)]);
    expect(a).toEqual(b);
    expect(a?.updatedAt).toBe(later);
  });
});
