// The server as its own process, the way `npm run serve` runs it (server/main.ts), for tests of
// what only a real process shows: its memory, a kill -9.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { expect } from 'vitest';
import type { TestDatabase } from './databases';
import { freePort } from './freePort';
import { testOwner } from './owner';

export interface ServerChild {
  readonly url: string;
  readonly pid: number;
  /** Everything it printed. */
  output(): string;
  /** Ends it with `signal` and waits until it has. */
  stop(signal: NodeJS.Signals): Promise<void>;
}

/** Starts the server on `database` with `env`, the test owner, a free port; resolves once it listens. */
export async function startServerChild(database: TestDatabase, env: Record<string, string>, port?: number): Promise<ServerChild> {
  const listenOn = port ?? (await freePort());
  const url = `http://127.0.0.1:${listenOn}`;
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: path.resolve(import.meta.dirname, '../..'),
    env: {
      ...process.env,
      PORT: String(listenOn),
      DATA_DIR: database.dataDir,
      ...(database.target.kind === 'postgres' ? { DATABASE_URL: database.target.url } : {}),
      OWNER_EMAIL: testOwner.email,
      OWNER_PASSWORD: testOwner.password,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await expect.poll(() => output, { timeout: 60_000 }).toContain(`Listening on ${url}`);
  return {
    url,
    pid: child.pid ?? 0,
    output: () => output,
    async stop(signal) {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}
