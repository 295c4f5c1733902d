// @vitest-environment node
// Two servers started at the same moment on an empty database: both come up, each migration is
// applied once, and the owner from OWNER_EMAIL is created once.
import { afterEach, expect, it } from 'vitest';
import { migrations } from '../db/migrations';
import { describeEachDatabase } from '../testing/databases';
import { signIn } from '../testing/owner';
import { startServerChild, type ServerChild } from '../testing/serverChild';

describeEachDatabase('two servers starting at once on an empty database', (database) => {
  const stops: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const stop of stops.splice(0).reverse()) await stop();
  });

  it('both serve; the migrations ran once and the owner was created once', { timeout: 180_000 }, async () => {
    const started = await Promise.allSettled([startServerChild(database(), {}), startServerChild(database(), {})]);
    for (const result of started) if (result.status === 'fulfilled') stops.push(() => result.value.stop('SIGTERM'));
    const servers = started.map((result) => (result.status === 'fulfilled' ? result.value : undefined));
    expect(started.map((result) => (result.status === 'rejected' ? String(result.reason) : 'started'))).toEqual(['started', 'started']);
    for (const server of servers as ServerChild[]) {
      const signedIn = await signIn(server.url, server.url);
      expect((await fetch(`${server.url}/api/connections`, { headers: signedIn })).status).toBe(200);
    }

    const handle = await database().open();
    const applied = await handle.kysely.selectFrom('kysely_migration' as never).select('name' as never).execute();
    expect((applied as { name: string }[]).map((row) => row.name)).toEqual(Object.keys(migrations));
    expect(await handle.kysely.selectFrom('owner').select('email').execute()).toHaveLength(1);
    const activity = await handle.kysely.selectFrom('activity').select('data').execute();
    expect(activity.filter((row) => (JSON.parse(row.data) as { action: string }).action === 'owner.created')).toHaveLength(1);
    const output = (servers as ServerChild[]).map((server) => server.output()).join('\n');
    expect(output.match(/owner_created/g)).toHaveLength(1);
  });
});
