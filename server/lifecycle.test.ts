// @vitest-environment node
// A restart keeps everything; SIGTERM lets the request in flight finish, stops accepting new ones,
// closes the database and exits 0 (the real entry point, as `npm run serve` runs it).
import { spawn } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from './config';
import { memoryLogger } from './log';
import { startServer } from './start';
import { createTestDatabase } from './testing/databases';
import { freePort } from './testing/freePort';
import { signIn, testOwner } from './testing/owner';

const plumtreeToken = { authType: 'token', accessToken: 'q4w8e2r6t0y3u7i1o5p9a2s6d0f4g8h', clientId: '5k1l8m2n9b4v7c3x6z0a8s1d4f7g2h5', storeHash: 'x7kq2mfa9b' };
const json = { 'Content-Type': 'application/json' };

describe('the server across restarts and stops', () => {
  const cleanup: (() => Promise<void> | void)[] = [];
  afterAll(async () => {
    for (const step of cleanup.reverse()) await step();
  });

  it('keeps the connections, and their secrets still decrypt, after a restart', { timeout: 30_000 }, async () => {
    const database = await createTestDatabase('sqlite');
    cleanup.push(() => database.dispose());
    const config = loadConfig({
      PORT: String(await freePort()),
      SIMULATOR_PORT: String(await freePort()),
      DATA_DIR: database.dataDir,
      OWNER_EMAIL: testOwner.email,
      OWNER_PASSWORD: testOwner.password,
    });
    const before = await startServer(config, memoryLogger(), { simulate: true });
    expect(before.simulation?.url).toBe(`http://127.0.0.1:${config.simulator.port}`);
    const signedIn = await signIn(before.url, config.publicUrl);
    const created = (await (await fetch(`${before.url}/api/connections`, { method: 'POST', headers: { ...json, ...signedIn }, body: JSON.stringify({ name: 'Kept', ...plumtreeToken }) })).json()) as { id: string };
    await before.close();

    // The session is in the database too: it outlives the restart.
    const after = await startServer(config, memoryLogger(), { simulate: true });
    cleanup.push(() => after.close());
    // The simulator is back where the stored connections' callbacks and the browser know it.
    expect(after.simulation?.url).toBe(before.simulation?.url);
    const list = (await onNewConnection(`${after.url}/api/connections`, 'GET', signedIn)) as { connections: { id: string; name: string }[] };
    expect(list.connections.map((connection) => connection.name)).toEqual(['Kept']);
    const tested = (await onNewConnection(`${after.url}/api/connections/${created.id}/test`, 'POST', signedIn)) as { result: { ok: boolean } };
    expect(tested.result.ok).toBe(true);
  });

  it('on SIGTERM finishes the request in flight, refuses new ones, and exits 0', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'wizard-stop-'));
    cleanup.push(() => rmSync(dataDir, { recursive: true, force: true }));
    const port = await freePort();
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts', '--simulate'], {
      cwd: path.resolve(import.meta.dirname, '..'),
      env: { ...process.env, PORT: String(port), SIMULATOR_PORT: String(await freePort()), HOST: '127.0.0.1', DATA_DIR: dataDir, OWNER_EMAIL: testOwner.email, OWNER_PASSWORD: testOwner.password },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    cleanup.push(() => void (child.exitCode === null && child.kill('SIGKILL')));
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await expect.poll(() => output, { timeout: 90_000 }).toContain(`Listening on http://127.0.0.1:${port}\n`);

    const signedIn = await signIn(`http://127.0.0.1:${port}`, `http://127.0.0.1:${port}`);
    // In flight: the request's head has arrived, its body is still on the way when the signal comes.
    const body = JSON.stringify(plumtreeToken);
    const request = httpRequest({ host: '127.0.0.1', port, method: 'POST', path: '/api/connections/test', headers: { ...json, ...signedIn, 'Content-Length': Buffer.byteLength(body) } });
    const answer = new Promise<{ status: number; text: string }>((resolve, reject) => {
      request.once('response', (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => (text += chunk.toString()));
        response.once('end', () => resolve({ status: response.statusCode ?? 0, text }));
      });
      request.once('error', reject);
    });
    answer.catch(() => undefined); // awaited below; a failure before then must not also be an unhandled rejection
    request.flushHeaders();
    await new Promise((resolve) => request.once('socket', (socket) => (socket.connecting ? socket.once('connect', resolve) : resolve(undefined))));
    child.kill('SIGTERM');
    await expect.poll(() => output, { timeout: 30_000 }).toContain('"message":"stopping"');
    await expect.poll(() => canConnect(port), { timeout: 30_000 }).toBe(false);

    request.end(body);
    const { status, text } = await answer;
    expect(status).toBe(200);
    expect((JSON.parse(text) as { result: { ok: boolean } }).result.ok).toBe(true);
    expect(await exited).toBe(0);
  }, 150_000);
});

/**
 * A request on a connection of its own, answered with its JSON: fetch may pick a keep-alive
 * socket of the stopped server on the same port, closed under it.
 */
function onNewConnection(url: string, method: 'GET' | 'POST', headers: Record<string, string>): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(url, { method, headers, agent: false }, (response) => {
      let text = '';
      response.on('data', (chunk: Buffer) => (text += chunk.toString()));
      response.once('end', () => resolve(JSON.parse(text)));
    });
    request.once('error', reject);
    request.end();
  });
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}
