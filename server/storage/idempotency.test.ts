// @vitest-environment node
import { expect, it } from 'vitest';
import { savedStatus, type StoredIdempotentResult } from '../../core/ports';
import { describeEachDatabase } from '../testing/databases';
import { sqlIdempotencyRepository } from './idempotency';

const day = 24 * 60 * 60_000;
const start = Date.parse('2026-01-01T00:00:00.000Z');

function result(key: string, storedAt: number, body: string): StoredIdempotentResult {
  return { key, fingerprint: `fp-${body}`, status: 201, body, storedAt, expiresAt: storedAt + day };
}

describeEachDatabase('idempotency repository', (database) => {
  it('keeps the first result stored under a key', async () => {
    const first = sqlIdempotencyRepository(await database().open());
    const second = sqlIdempotencyRepository(await database().open());
    await Promise.all([first.store(result('k1', start, '{"first":true}')), second.store(result('k1', start, '{"second":true}'))]);
    await first.store(result('k1', start + 1, '{"third":true}'));

    const found = await second.find('k1', start + 2);
    expect(found).toMatchObject({ key: 'k1', status: 201, storedAt: start, expiresAt: start + day });
    expect(['{"first":true}', '{"second":true}']).toContain(found?.body);
    expect(await first.find('k1', start + 3)).toEqual(found);
  });

  it('forgets a result when it expires, and lets a new one take the key', async () => {
    const handle = await database().open();
    const idempotency = sqlIdempotencyRepository(handle);
    await idempotency.store(result('k1', start, 'old'));
    await idempotency.store(result('k2', start, 'other'));

    expect(await idempotency.find('k1', start + day - 1)).toMatchObject({ body: 'old' });
    expect(await idempotency.find('k1', start + day)).toBeUndefined();
    await idempotency.store(result('k1', start + day, 'new'));
    expect(await idempotency.find('k1', start + day)).toMatchObject({ body: 'new' });
    // Storing dropped the other expired result on the way.
    expect(await handle.kysely.selectFrom('idempotency_results').select('key').execute()).toEqual([{ key: 'k1' }]);
  });

  it('lets an answer replace a claim (a save recorded before its answer), and nothing replace an answer', async () => {
    const idempotency = sqlIdempotencyRepository(await database().open());
    await idempotency.store({ ...result('k1', start, 'connection-id'), status: savedStatus });
    expect(await idempotency.find('k1', start + 1)).toMatchObject({ status: savedStatus, body: 'connection-id' });
    await idempotency.store(result('k1', start + 2, '{"answer":1}'));
    expect(await idempotency.find('k1', start + 3)).toMatchObject({ status: 201, body: '{"answer":1}', storedAt: start + 2 });
    await idempotency.store(result('k1', start + 4, '{"answer":2}'));
    expect(await idempotency.find('k1', start + 5)).toMatchObject({ status: 201, body: '{"answer":1}' });
  });
});
