/**
 * The BigCommerce simulator as `npm run simulator` runs it, in a child process of its own (so that
 * it never shares an event loop or a CPU's time slice with the server measured), on a free port.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { onCleanup } from './proc.mjs';

const root = path.resolve(import.meta.dirname, '..', '..');

/** Resolves to { url, close } once it prints "Simulator listening on URL". */
export function startSimulatorProcess(env = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'mocks/bigcommerce/http/main.ts', '--port', '0'], {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const exited = new Promise((done) => child.once('exit', done));
    const close = async () => {
      forget();
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    };
    const forget = onCleanup(close);
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk.toString();
      const url = /Simulator listening on (\S+)/.exec(output)?.[1];
      if (url) resolve({ url, close });
    });
    child.once('exit', (code) => reject(new Error(`the simulator exited (${code}) before listening: ${output}`)));
  });
}
