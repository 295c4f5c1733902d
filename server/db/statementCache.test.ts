import SqliteDatabase from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { withStatementCache } from './openDatabase';

describe('the SQLite statement cache', () => {
  const sqlite = new SqliteDatabase(':memory:');

  it('prepares a statement once and runs it again with other parameters', () => {
    const cached = withStatementCache(sqlite);
    const first = cached.prepare('select ? as n');
    expect(cached.prepare('select ? as n')).toBe(first);
    expect(first.all([1])).toEqual([{ n: 1 }]);
    expect(cached.prepare('select ? as n').all([2])).toEqual([{ n: 2 }]);
  });

  it('keeps the 256 statements used last, dropping the least recently used', () => {
    const cached = withStatementCache(sqlite);
    const kept = cached.prepare('select 0');
    const dropped = cached.prepare('select 1');
    for (let n = 2; n < 256; n += 1) cached.prepare(`select ${n}`);
    expect(cached.prepare('select 0')).toBe(kept);
    cached.prepare('select 256');
    expect(cached.prepare('select 0')).toBe(kept);
    expect(cached.prepare('select 1')).not.toBe(dropped);
  });
});
