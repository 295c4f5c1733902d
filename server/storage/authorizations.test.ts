// @vitest-environment node
import { expect, it } from 'vitest';
import type { PendingAuthorization } from '../../core/ports';
import { describeEachDatabase } from '../testing/databases';
import { sqlAuthorizationRepository } from './authorizations';

const minute = 60_000;
const start = Date.parse('2026-01-01T00:00:00.000Z');

function pending(id: string, createdAt: number, more: Partial<PendingAuthorization> = {}): PendingAuthorization {
  return { id, connectionId: 'c1', storeHash: 'abc123', createdAt: new Date(createdAt).toISOString(), expiresAt: createdAt + 10 * minute, ...more };
}

describeEachDatabase('authorization repository', (database) => {
  it('finds a pending authorization until it expires', async () => {
    const authorizations = sqlAuthorizationRepository(await database().open());
    const stored = pending('state-1', start);
    await authorizations.create(stored);

    expect(await authorizations.find('state-1', start + 10 * minute - 1)).toEqual(stored);
    expect(await authorizations.find('state-1', start + 10 * minute)).toBeUndefined();
    expect(await authorizations.find('other', start)).toBeUndefined();
  });

  it("finds a browser's newest unexpired authorization for a store", async () => {
    const authorizations = sqlAuthorizationRepository(await database().open());
    await authorizations.create(pending('old', start, { browser: 'b1' }));
    await authorizations.create(pending('new', start + minute, { browser: 'b1' }));
    await authorizations.create(pending('newest-other-store', start + 2 * minute, { browser: 'b1', storeHash: 'zzz999' }));
    await authorizations.create(pending('other-browser', start + 3 * minute, { browser: 'b2' }));
    await authorizations.create(pending('no-browser', start + 4 * minute));

    expect((await authorizations.findForBrowser('b1', 'abc123', start + 5 * minute))?.id).toBe('new');
    expect((await authorizations.findForBrowser('b1', 'abc123', start + 11 * minute))?.id).toBeUndefined();
    expect(await authorizations.findForBrowser('b3', 'abc123', start)).toBeUndefined();
  });

  it('drops expired authorizations when a new one is created', async () => {
    const handle = await database().open();
    const authorizations = sqlAuthorizationRepository(handle);
    await authorizations.create(pending('expired', start));
    await authorizations.create(pending('fresh', start + 20 * minute));

    const ids = await handle.kysely.selectFrom('pending_authorizations').select('id').execute();
    expect(ids).toEqual([{ id: 'fresh' }]);
  });
});
