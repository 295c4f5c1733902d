import { apiErrorSchema, connectionPageSchema } from '../../src/features/connections/schema';
import { matchesSearch, newestFirst } from '../../core/connections/search';
import type { StoredConnection } from '../../core/ports';
import { basicConnection, tokenConnection } from '../../server/testing/records';
import { backendDeps, send, setupMockBackend } from './testing';

setupMockBackend();

// GET /api/connections pages (docs/api.md). Records are stored through the backend's own port, so
// that their times, states and store hashes are the test's to choose.

const at = (minute: number) => `2026-03-01T10:${String(minute).padStart(2, '0')}:00.000Z`;

async function store(records: StoredConnection[]): Promise<StoredConnection[]> {
  for (const record of records) expect((await backendDeps().connections.insert(record)).ok).toBe(true);
  return [...records].sort(newestFirst);
}

async function listPage(query: string) {
  const response = await send('GET', `/connections${query}`);
  expect(response.status, query).toBe(200);
  return connectionPageSchema.parse(await response.json());
}

const ids = (list: readonly { id: string }[]) => list.map((record) => record.id);

describe('GET /api/connections, paged', () => {
  it('pages through every connection once, newest change first, ties by id; the last page has no cursor', async () => {
    const same = at(5);
    const expected = await store([
      basicConnection({ updatedAt: at(1) }),
      tokenConnection({ updatedAt: same }),
      basicConnection({ updatedAt: same }),
      tokenConnection({ updatedAt: same }),
      basicConnection({ updatedAt: at(9) }),
      tokenConnection({ updatedAt: at(3) }),
      basicConnection({ updatedAt: at(7) }),
    ]);
    const seen: string[] = [];
    let page = await listPage('?limit=2');
    for (let pages = 1; ; pages += 1) {
      expect(page.connections.length).toBeLessThanOrEqual(2);
      seen.push(...ids(page.connections));
      if (!page.nextCursor) break;
      expect(pages).toBeLessThan(4);
      page = await listPage(`?limit=2&cursor=${encodeURIComponent(page.nextCursor)}`);
    }
    expect(seen).toEqual(ids(expected));

    const whole = await listPage('?limit=7');
    expect(ids(whole.connections)).toEqual(ids(expected));
    expect(whole.nextCursor).toBeNull();
    expect((await listPage('')).nextCursor).toBeNull();
  });

  it('searches the name and the store hash, case-blind, with % and _ taken literally', async () => {
    await store([
      basicConnection({ name: 'Main Store', storeHash: 'aaa111' }),
      basicConnection({ name: 'Back_office', storeHash: 'bbb222' }),
      basicConnection({ name: '100% Cotton', storeHash: 'ccc333' }),
      basicConnection({ name: 'Plain', storeHash: 'XyZ789' }),
      basicConnection({ name: 'Back office', storeHash: 'ddd444' }),
    ]);
    const names = async (q: string) => (await listPage(`?q=${encodeURIComponent(q)}`)).connections.map((record) => record.name).sort();
    expect(await names('  MAIN ')).toEqual(['Main Store']);
    expect(await names('xyz7')).toEqual(['Plain']);
    expect(await names('_')).toEqual(['Back_office']);
    expect(await names('%')).toEqual(['100% Cotton']);
    expect(await names('k_o')).toEqual(['Back_office']);
    expect(await names('\\')).toEqual([]);
    expect(await names('   ')).toHaveLength(5);
    expect(await names('o')).toEqual(['100% Cotton', 'Back office', 'Back_office', 'Main Store']);
    // The rule the backends share says the same.
    expect(matchesSearch({ name: 'Plain', storeHash: 'XyZ789' }, 'XYZ')).toBe(true);
  });

  it('filters by status, one state or several, and pages within the filter', async () => {
    const online = { state: 'online' as const, checkedAt: at(0) };
    const offline = { state: 'offline' as const, code: 'store_not_found' as const, reason: 'No such store.', checkedAt: at(0) };
    const all = await store([
      basicConnection({ status: online, updatedAt: at(1) }),
      basicConnection({ status: offline, updatedAt: at(2) }),
      tokenConnection({ updatedAt: at(3) }),
      tokenConnection({ status: online, updatedAt: at(4) }),
    ]);
    const first = await listPage('?status=online&limit=1');
    expect(first.nextCursor).not.toBeNull();
    const second = await listPage(`?status=online&limit=1&cursor=${encodeURIComponent(first.nextCursor ?? '')}`);
    expect([...ids(first.connections), ...ids(second.connections)]).toEqual(ids(all.filter((record) => record.status.state === 'online')));
    expect(second.nextCursor).toBeNull();
    const several = await listPage('?status=offline,%20untested');
    expect(ids(several.connections)).toEqual(ids(all.filter((record) => ['offline', 'untested'].includes(record.status.state))));
  });

  it('counts the matches of q and status across every page when asked with count=true, and only then', async () => {
    const offline = { state: 'offline' as const, code: 'store_not_found' as const, reason: 'No such store.', checkedAt: at(0) };
    await store([
      ...Array.from({ length: 5 }, (_, index) => basicConnection({ name: `Broken ${index}`, status: offline, updatedAt: at(index) })),
      tokenConnection({ name: 'Broken but untested', updatedAt: at(6) }),
      basicConnection({ name: 'Fine', status: offline, updatedAt: at(7) }),
    ]);
    const first = await listPage('?status=offline&q=broken&limit=2&count=true');
    expect(first).toMatchObject({ total: 5 });
    expect(first.connections).toHaveLength(2);
    const next = await listPage(`?status=offline&q=broken&limit=2&count=true&cursor=${encodeURIComponent(first.nextCursor ?? '')}`);
    expect(next.total).toBe(5);
    expect((await listPage('?count=true')).total).toBe(7);
    expect((await listPage('?status=offline,untested&count=true')).total).toBe(7);
    expect((await listPage('?q=nothing&count=true')).total).toBe(0);
    // Shorter than a trigram: read without the search index.
    expect((await listPage('?q=br&count=true')).total).toBe(6);
    expect(await listPage('?status=offline&limit=2')).not.toHaveProperty('total');
    expect(await listPage('?count=false')).not.toHaveProperty('total');
  });

  it('answers 422 naming the parameter for a bad limit, cursor or status, or one given twice, and changes nothing', async () => {
    await store([basicConnection(), tokenConnection()]);
    const before = await listPage('');
    const notOurs = btoa(JSON.stringify({ u: 'yesterday', i: 'x' }));
    const cases: [string, string][] = [
      ['?limit=0', 'limit'],
      ['?limit=201', 'limit'],
      ['?limit=two', 'limit'],
      ['?limit=', 'limit'],
      ['?cursor=not-a-cursor!', 'cursor'],
      [`?cursor=${notOurs}`, 'cursor'],
      ['?cursor=', 'cursor'],
      ['?status=broken', 'status'],
      ['?status=online,', 'status'],
      ['?limit=2&limit=3', 'limit'],
      [`?q=${'x'.repeat(201)}`, 'q'],
      ['?count=yes', 'count'],
      ['?count=', 'count'],
      ['?count=true&count=true', 'count'],
    ];
    for (const [query, field] of cases) {
      const response = await send('GET', `/connections${query}`);
      expect(response.status, query).toBe(422);
      const error = apiErrorSchema.parse(await response.json()).error;
      expect(error.code, query).toBe('validation_failed');
      expect(error.fields.map((issue) => issue.path), query).toEqual([field]);
    }
    expect(await listPage('')).toEqual(before);
  });
});
