// @vitest-environment node
// The backup of docs/server.md, "Backups": taken from a running server's SQLite with SQLite's
// online backup (what `sqlite3 wizard.sqlite ".backup …"` runs, here through better-sqlite3), plus
// the key file, restored into a new DATA_DIR: a server started there has the connection, and its
// secret still decrypts (the connection test calls the store with it).
import Database from 'better-sqlite3';
import { copyFileSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from './config';
import { memoryLogger } from './log';
import { startServer, type RunningServer } from './start';
import { freePort } from './testing/freePort';
import { signIn, testOwner } from './testing/owner';

const plumtreeToken = { authType: 'token', accessToken: 'q4w8e2r6t0y3u7i1o5p9a2s6d0f4g8h', clientId: '5k1l8m2n9b4v7c3x6z0a8s1d4f7g2h5', storeHash: 'x7kq2mfa9b' };
const json = { 'Content-Type': 'application/json' };

const folders: string[] = [];
const running: RunningServer[] = [];
afterAll(async () => {
  for (const server of running) await server.close();
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

async function serverOn(dataDir: string): Promise<RunningServer> {
  const config = loadConfig({ PORT: String(await freePort()), SIMULATOR_PORT: String(await freePort()), DATA_DIR: dataDir, OWNER_EMAIL: testOwner.email, OWNER_PASSWORD: testOwner.password });
  const server = await startServer(config, memoryLogger(), { simulate: true });
  running.push(server);
  return server;
}

const newDataDir = () => {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'wizard-backup-'));
  folders.push(folder);
  return folder;
};

describe('a backup of a running server', () => {
  it('restores into a new DATA_DIR with the key file: the connection is there and its secret decrypts', async () => {
    const live = newDataDir();
    const original = await serverOn(live);
    const signedIn = await signIn(original.url, original.url);
    const created = await fetch(`${original.url}/api/connections`, { method: 'POST', headers: { ...json, ...signedIn }, body: JSON.stringify({ name: 'Backed up', ...plumtreeToken }) });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };

    // While the server runs and holds its database open.
    const restored = newDataDir();
    const source = new Database(path.join(live, 'wizard.sqlite'), { readonly: true });
    try {
      await source.backup(path.join(restored, 'wizard.sqlite'));
    } finally {
      source.close();
    }
    copyFileSync(path.join(live, 'encryption.key'), path.join(restored, 'encryption.key'));
    expect(statSync(path.join(live, 'encryption.key')).mode & 0o777).toBe(0o600);

    const fromBackup = await serverOn(restored);
    const session = await signIn(fromBackup.url, fromBackup.url);
    const list = (await (await fetch(`${fromBackup.url}/api/connections`, { headers: session })).json()) as { connections: { id: string; name: string }[] };
    expect(list.connections).toEqual([expect.objectContaining({ id, name: 'Backed up' })]);
    const tested = await fetch(`${fromBackup.url}/api/connections/${id}/test`, { method: 'POST', headers: session });
    expect(((await tested.json()) as { result: { ok: boolean } }).result.ok).toBe(true);
  }, 60_000);
});
