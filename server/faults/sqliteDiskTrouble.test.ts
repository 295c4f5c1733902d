// @vitest-environment node
// SQLite on a disk that cannot take a write: full (a small tmpfs, filled) or read-only (chattr +i
// on the database files, which holds even for the handles the server already has open). A save
// answers 503 `unavailable` with a log line naming the error and no secret, the server stays up,
// serves again once the disk can be written, and the file passes integrity_check.
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { apiErrorSchema, connectionListSchema } from '../../src/features/connections/schema';
import { startFakeBigCommerce } from '../testing/fakeBigCommerce';
import { handles, temporaryDataDir, type TestDatabase } from '../testing/handles';
import { signIn, type SignedInHeaders } from '../testing/owner';
import { startServerChild, type ServerChild } from '../testing/serverChild';
import { mountTinyDisk, setImmutable, type TinyDisk } from '../testing/tinyDisk';

const MAX_SAVES = 2000;

describe('SQLite on a disk that cannot take a write', () => {
  const stops: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const stop of stops.splice(0).reverse()) await stop();
  });

  // chattr +i on tmpfs did not stop writes through the open handles here; on ext4 it does.
  const plainFolder = (): Pick<TinyDisk, 'dir'> => {
    const dir = temporaryDataDir();
    stops.push(() => rmSync(dir, { recursive: true, force: true }));
    return { dir };
  };
  const startOn = async (disk: Pick<TinyDisk, 'dir'>) => {
    const file = path.join(disk.dir, 'wizard.sqlite');
    const target = { kind: 'sqlite', file } as const;
    const database: TestDatabase = { target, dataDir: disk.dir, ...handles(target), rawContents: () => Promise.reject(new Error('not needed')) };
    const bigcommerce = await startFakeBigCommerce();
    stops.push(() => bigcommerce.close());
    const server = await startServerChild(database, { BIGCOMMERCE_API_URL: bigcommerce.url, BIGCOMMERCE_LOGIN_URL: bigcommerce.url });
    stops.push(() => server.stop('SIGKILL'));
    const signedIn = await signIn(server.url, server.url);
    return { file, server, signedIn };
  };
  const saver = (server: ServerChild, signedIn: SignedInHeaders) => {
    const saved: string[] = [];
    const tokens: string[] = [];
    let count = 0;
    const save = async () => {
      count += 1;
      const accessToken = `s3cr3t${count}x${Math.random().toString(36).slice(2)}`;
      tokens.push(accessToken);
      const name = `Saved ${count}`;
      const response = await fetch(`${server.url}/api/connections`, {
        method: 'POST',
        headers: { ...signedIn, 'Content-Type': 'application/json' },
        body: JSON.stringify({ name, authType: 'token', accessToken, clientId: 'cl1entid', storeHash: 'x7kq2mfa9b'}),
      });
      if (response.ok) saved.push(name);
      return response;
    };
    return { saved, tokens, save };
  };
  /** Saves until one is refused; that refusal. */
  const saveUntilRefused = async (save: () => Promise<Response>) => {
    for (let attempt = 0; attempt < MAX_SAVES; attempt += 1) {
      const response = await save();
      if (!response.ok) return response;
    }
    throw new Error(`${MAX_SAVES} saves all succeeded: the disk never refused a write`);
  };
  const checkAfter = async (server: ServerChild, file: string, saved: readonly string[], signedIn: SignedInHeaders) => {
    const listed = connectionListSchema.parse(await (await fetch(`${server.url}/api/connections`, { headers: signedIn })).json());
    expect(listed.connections.map((connection) => connection.name).sort()).toEqual([...saved].sort());
    await server.stop('SIGTERM');
    const sqlite = new SqliteDatabase(file, { readonly: true });
    try {
      expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      sqlite.close();
    }
  };
  const expectRefusal = async (refused: Response, server: ServerChild, signedIn: SignedInHeaders, tokens: readonly string[], code: RegExp) => {
    expect(refused.status).toBe(503);
    expect(apiErrorSchema.parse(await refused.json()).error.code).toBe('unavailable');
    await expect.poll(() => server.output(), { timeout: 10_000 }).toMatch(/"message":"database_unavailable"/);
    const line = server.output().split('\n').find((entry) => entry.includes('database_unavailable')) ?? '';
    expect(line).toMatch(code);
    for (const token of tokens) expect(server.output()).not.toContain(token);
    // Reading goes on meanwhile.
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    expect((await fetch(`${server.url}/api/connections`, { headers: signedIn })).status).toBe(200);
  };

  it('full: a save answers 503 and logs SQLITE_FULL; once there is room it saves again, and the file is intact', { timeout: 240_000 }, async () => {
    const disk = mountTinyDisk(16);
    stops.push(() => disk.dispose());
    const { file, server, signedIn } = await startOn(disk);
    const { saved, tokens, save } = saver(server, signedIn);
    expect((await save()).status).toBe(201);
    disk.fill();
    const refused = await saveUntilRefused(save);
    await expectRefusal(refused, server, signedIn, tokens, /SQLITE_FULL|SQLITE_IOERR/);

    disk.free();
    await expect.poll(async () => (await save()).status, { timeout: 30_000, interval: 200 }).toBe(201);
    await checkAfter(server, file, saved, signedIn);
  });

  it('read-only: a save answers 503 and logs the error; once writable again it saves, and the file is intact', { timeout: 240_000 }, async () => {
    const { file, server, signedIn } = await startOn(plainFolder());
    const { saved, tokens, save } = saver(server, signedIn);
    expect((await save()).status).toBe(201);
    const files = [file, `${file}-wal`].filter(existsSync);
    setImmutable(files, true);
    stops.push(() => setImmutable(files, false));
    const refused = await saveUntilRefused(save);
    await expectRefusal(refused, server, signedIn, tokens, /SQLITE_(IOERR|READONLY|CANTOPEN)/);

    setImmutable(files, false);
    await expect.poll(async () => (await save()).status, { timeout: 30_000, interval: 200 }).toBe(201);
    await checkAfter(server, file, saved, signedIn);
  });
});
