// @vitest-environment node
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../testing/databases';
import { oauthClient } from '../testing/records';
import { sqlOAuthClientRepository } from './oauthClients';

describeEachDatabase('OAuth client repository', (database) => {
  it('stores, lists by name then age, and replaces in place', async () => {
    const clients = sqlOAuthClientRepository(await database().open());
    const zed = oauthClient({ name: 'Zed' });
    const alphaNewer = oauthClient({ name: 'alpha', createdAt: '2026-01-02T00:00:00.000Z' });
    const alphaOlder = oauthClient({ name: 'Alpha', createdAt: '2026-01-01T00:00:00.000Z' });
    for (const client of [zed, alphaNewer, alphaOlder]) await clients.insert(client);

    expect(await clients.list()).toEqual([alphaOlder, alphaNewer, zed]);
    expect(await clients.find(zed.id)).toEqual(zed);
    const renamed = await clients.replace(zed.id, (existing) => ({ ...existing, name: 'Aardvark' }));
    expect(renamed).toEqual({ ...zed, name: 'Aardvark' });
    expect((await clients.list())[0]).toEqual(renamed);
    expect(await clients.replace('missing', (existing) => existing)).toBeUndefined();
  });
});
