// @vitest-environment node
// The compiled server: bundled into a folder of the test's own, it starts with plain `node` (no
// tsx), answers /healthz, and stops on SIGTERM with exit code 0.
import { spawn } from 'node:child_process';
import { builtinModules } from 'node:module';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../server/testing/freePort';
import { bundleServer, runtimePackages, type BundledServer } from './bundleServer';

const root = path.resolve(import.meta.dirname, '../..');
// Inside the project, so that the bundle's imports resolve from its node_modules as in dist-server/.
const outDir = mkdtempSync(path.join(root, 'node_modules/.tmp-compiled-server-'));
const dataDir = mkdtempSync(path.join(tmpdir(), 'wizard-compiled-'));
afterAll(() => {
  rmSync(outDir, { recursive: true, force: true });
  rmSync(dataDir, { recursive: true, force: true });
});

const packageOf = (specifier: string) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');

describe('the compiled server', () => {
  let bundled: BundledServer;
  beforeAll(async () => {
    bundled = await bundleServer(outDir);
  }, 60_000);

  it('imports at run time only Node’s modules and production dependencies', () => {
    const nodeModules = new Set(builtinModules);
    const strays = bundled.imports.filter((specifier) => !specifier.startsWith('node:') && !nodeModules.has(specifier) && !runtimePackages.includes(packageOf(specifier)));
    expect(strays).toEqual([]);
    expect(bundled.imports).toEqual(expect.arrayContaining(['better-sqlite3', 'pg']));
  });

  it('starts with plain node and --simulate, answers /healthz, and exits 0 on SIGTERM', async () => {
    const [port, simulatorPort] = [await freePort(), await freePort()];
    const child = spawn(process.execPath, [bundled.file, '--simulate'], {
      cwd: root,
      env: { PATH: process.env.PATH, PORT: String(port), SIMULATOR_PORT: String(simulatorPort), DATA_DIR: dataDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise<number | string | null>((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal)));
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    try {
      await expect.poll(() => output, { timeout: 30_000 }).toContain(`Listening on http://127.0.0.1:${port}\n`);
      // The startup's JSON lines, then an empty line, then the lines for a person.
      const [logLines = '', humanLines = ''] = output.split('\n\n');
      expect(logLines.split('\n').map((line) => JSON.parse(line) as { message: string }).map((line) => line.message)).toContain('started');
      expect(humanLines.split('\n')).toEqual([
        `BigCommerce simulator on http://127.0.0.1:${simulatorPort}`,
        expect.stringMatching(new RegExp(`^Set up the owner account: http://127\\.0\\.0\\.1:${port}/setup\\?token=`)),
        `Listening on http://127.0.0.1:${port}`,
        '',
      ]);
      const health = await fetch(`http://127.0.0.1:${port}/healthz`);
      expect(health.status).toBe(200);
      expect(await health.json()).toEqual({ status: 'ok' });
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
  }, 60_000);
});
