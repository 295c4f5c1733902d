// @vitest-environment node
// rotate-key and running servers exclude each other through lease rows (server/processLease.ts).
import os from 'node:os';
import { afterEach, expect, it } from 'vitest';
import { memoryLogger } from '../log';
import { claimLease, LEASE_TTL_MS } from '../processLease';
import { runRotateKey } from '../rotateKey';
import { startServer, type RunningServer } from '../start';
import { describeEachDatabase } from '../testing/databases';
import { recordingLog, testConfig } from '../testing/server';

describeEachDatabase('rotate-key while a server runs', (database) => {
  const stops: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const stop of stops.splice(0).reverse()) await stop();
  });
  const start = async (): Promise<RunningServer> => {
    const running = await startServer({ ...testConfig(database()), port: 0 }, memoryLogger());
    stops.push(() => running.close());
    return running;
  };
  const leases = async () => (await database().open()).kysely.selectFrom('process_leases').selectAll().execute();

  it('is refused, naming the running server; once it stopped cleanly, rotate-key runs', async () => {
    const running = await start();
    const [lease] = await leases();
    expect(lease).toMatchObject({ kind: 'server', host: os.hostname(), pid: process.pid });
    const rotation = runRotateKey(testConfig(database()), recordingLog());
    await expect(rotation).rejects.toThrow(
      `rotate-key refused: a server is running on host ${os.hostname()} (pid ${process.pid}, started ${new Date(lease?.started_at ?? 0).toISOString()}). Stop every server first`,
    );
    await running.close();
    stops.pop();
    expect(await leases()).toEqual([]);
    const log = recordingLog();
    await runRotateKey(testConfig(database()), log);
    expect(log.lines.join('\n')).toContain('Re-encrypted');
    expect(await leases()).toEqual([]);
  });

  it('a server killed outright stops blocking once its lease has lapsed', async () => {
    const handle = await database().open();
    const startedAt = Date.now() - LEASE_TTL_MS - 5_000;
    await handle.kysely.insertInto('process_leases').values({ id: 'killed', kind: 'server', host: 'gone', pid: 1, started_at: startedAt, expires_at: startedAt + LEASE_TTL_MS }).execute();
    await runRotateKey(testConfig(database()), recordingLog());
    expect(await leases()).toEqual([]);
  });

  it('a lease is renewed while its holder runs, and put back if it was removed meanwhile', async () => {
    let now = Date.now();
    const lease = await claimLease(await database().open(), 'server', recordingLog(), { now: () => now, renewMs: 50 });
    now += 60_000;
    await expect.poll(async () => (await leases())[0]?.expires_at, { timeout: 10_000 }).toBe(now + LEASE_TTL_MS);
    await (await database().open()).kysely.deleteFrom('process_leases').execute();
    await expect.poll(async () => (await leases()).map((row) => row.id), { timeout: 10_000 }).toEqual([lease.id]);
    await lease.release();
    expect(await leases()).toEqual([]);
  });

  it('a server starting during a rotation refuses, naming it, and starts once it has finished', async () => {
    const rotation = await claimLease(await database().open(), 'rotation', recordingLog());
    await expect(start()).rejects.toThrow(`The server refuses to start: rotate-key is running on host ${os.hostname()} (pid ${process.pid}`);
    await rotation.release();
    const running = await start();
    expect((await fetch(`${running.url}/healthz`)).status).toBe(200);
  });
});
