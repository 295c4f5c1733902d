// @vitest-environment node
// An answer of many MB streams through the proxy: the server (its own process, as `npm run serve`
// runs it) reads from BigCommerce only as fast as the caller reads, so its memory grows by far
// less than the answer, even while the caller stops reading for a while.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { apiKeyCreatedSchema, connectionSchema } from '../../src/features/connections/schema';
import { describeEachDatabase } from '../testing/databases';
import { startFakeBigCommerce, type FakeBigCommerce } from '../testing/fakeBigCommerce';
import { freePort } from '../testing/freePort';
import { signIn, testOwner } from '../testing/owner';

// Large enough that holding it would show plainly above what a Node process's heap takes and
// gives back anyway while data flows through it (about 30 MB here, whatever the answer's size).
const ANSWER_BYTES = 320 * 1024 * 1024;
const CHUNK = Buffer.alloc(64 * 1024, '7');

/** The resident memory of a process, in bytes (Linux). */
function residentBytes(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((entry) => entry.startsWith('VmRSS:'));
  return Number(/(\d+)/.exec(line ?? '')?.[1] ?? 0) * 1024;
}

/** A BigCommerce whose store answers the save's test, and a 48 MB product export. */
function bigStore(): Promise<FakeBigCommerce> {
  return startFakeBigCommerce(async (request, response) => {
    if (request.url.endsWith('/v2/store')) {
      response.writeHead(200, { 'Content-Type': 'application/json' });
      return void response.end(JSON.stringify({ name: 'Plumtree Outfitters', plan_name: 'Plus' }));
    }
    if (!request.url.includes('/v3/export')) return void response.writeHead(404).end();
    response.writeHead(200, { 'Content-Type': 'application/octet-stream', 'Content-Length': String(ANSWER_BYTES) });
    for (let sent = 0; sent < ANSWER_BYTES; sent += CHUNK.length) {
      if (!response.write(CHUNK)) await new Promise((resolve) => response.once('drain', resolve));
    }
    response.end();
  });
}

describeEachDatabase('an answer of many MB', (database) => {
  const stops: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const stop of stops.splice(0).reverse()) await stop();
  });

  it('streams through while the server’s memory grows by far less than the answer', { timeout: 120_000 }, async () => {
    const bigcommerce = await bigStore();
    stops.push(() => bigcommerce.close());
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      cwd: path.resolve(import.meta.dirname, '../..'),
      env: {
        ...process.env,
        PORT: String(port),
        DATA_DIR: database().dataDir,
        ...(database().target.kind === 'postgres' ? { DATABASE_URL: (database().target as { url: string }).url } : {}),
        BIGCOMMERCE_API_URL: bigcommerce.url,
        BIGCOMMERCE_LOGIN_URL: bigcommerce.url,
        OWNER_EMAIL: testOwner.email,
        OWNER_PASSWORD: testOwner.password,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    stops.push(() => void (child.exitCode === null && child.kill('SIGKILL')));
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await expect.poll(() => output, { timeout: 60_000 }).toContain(`Listening on ${url}`);

    const signedIn = await signIn(url, url);
    const json = { ...signedIn, 'Content-Type': 'application/json' };
    const saved = await fetch(`${url}/api/connections`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ name: 'Big store', authType: 'token', accessToken: 'q4w8e2r6t0y3u7i1o5p9a2s6d0f4g8h', clientId: '5k1l8m2n9b4v7c3x6z0a8s1d4f7g2h5', storeHash: 'x7kq2mfa9b' }),
    });
    const { id } = connectionSchema.parse(await saved.json());
    const key = apiKeyCreatedSchema.parse(await (await fetch(`${url}/api/api-keys`, { method: 'POST', headers: json, body: JSON.stringify({ name: 'Export', connections: [id], access: 'read' }) })).json());

    const pid = child.pid ?? 0;
    const before = residentBytes(pid);
    let peak = before;
    const answer = await fetch(`${url}/proxy/${id}/v3/export`, { headers: { Authorization: `Bearer ${key.secret}` } });
    expect(answer.status).toBe(200);
    const reader = answer.body?.getReader();
    let received = 0;
    let paused = false;
    for (let read = await reader?.read(); read && !read.done; read = await reader?.read()) {
      received += read.value.byteLength;
      peak = Math.max(peak, residentBytes(pid));
      if (!paused && received > 16 * 1024 * 1024) {
        // The caller stops reading: a proxy that held answers would now read the rest into memory.
        // (A pause is the behaviour under test here, not a wait for something to happen.)
        paused = true;
        await new Promise((resolve) => setTimeout(resolve, 750));
        peak = Math.max(peak, residentBytes(pid));
      }
    }
    expect(received).toBe(ANSWER_BYTES);
    const growth = peak - before;
    console.warn(`proxy streaming (${database().target.kind}): RSS ${Math.round(before / 1048576)} MB before, peak growth ${(growth / 1048576).toFixed(1)} MB for a ${ANSWER_BYTES / 1048576} MB answer`);
    expect(growth).toBeLessThan(ANSWER_BYTES / 4);
  });
});
