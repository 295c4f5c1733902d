/** Starts `vite preview` on the bench build and stops it (SIGTERM, then SIGKILL) whatever happens. */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { onCleanup, sleep } from './proc.mjs';

export async function startPreview({ root, outDir, port }) {
  const bin = path.join(root, 'node_modules', '.bin', 'vite');
  const child = spawn(bin, ['preview', '--outDir', outDir, '--port', String(port), '--strictPort'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
  });
  let output = '';
  child.stdout.on('data', (data) => (output += data));
  child.stderr.on('data', (data) => (output += data));
  let exited = null;
  const exit = new Promise((resolve) => child.once('exit', (code, signal) => resolve((exited = { code, signal }))));

  const stop = async () => {
    if (exited) return;
    child.kill('SIGTERM');
    const done = await Promise.race([exit.then(() => true), sleep(3000).then(() => false)]);
    if (!done) {
      child.kill('SIGKILL');
      await Promise.race([exit, sleep(2000)]);
    }
  };
  onCleanup(stop);
  // Last resort, whatever way this process ends: 'exit' handlers run synchronously.
  process.on('exit', () => {
    if (!exited) child.kill('SIGKILL');
  });

  const url = `http://localhost:${port}`;
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (exited) throw new Error(`vite preview exited (${exited.code ?? exited.signal}) before serving:\n${output}`);
    try {
      const response = await fetch(`${url}/`, { signal: AbortSignal.timeout(2000) });
      if (response.ok) return { url, pid: child.pid, stop };
    } catch {
      // not up yet
    }
    await sleep(200);
  }
  throw new Error(`vite preview did not answer on ${url} within 30 s:\n${output}`);
}
