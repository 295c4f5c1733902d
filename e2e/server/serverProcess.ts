// The compiled Node server (dist-server/server.js, from `npm run build:server`, which `npm test`
// runs before these) as a child process, the way `npm run serve -- --simulate` runs it: its own
// port, a fresh DATA_DIR (SQLite file, generated key, the simulator's state), the BigCommerce
// simulator beside it on a port of its own (SIMULATOR_PORT), and the owner account from
// OWNER_EMAIL / OWNER_PASSWORD (or none: `{ owner: false }`).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { owner } from './owner';

const root = path.resolve(import.meta.dirname, '../..');
const compiledServer = 'dist-server/server.js';
const startTimeoutMs = 30_000;
const stopTimeoutMs = 15_000;

/** The exit code, or the signal that ended the process. */
export type ExitCode = number | NodeJS.Signals | null;

export interface ServerProcess {
  /** http://127.0.0.1:PORT, also PUBLIC_URL: the page's origin. */
  readonly url: string;
  /** The simulator's origin (BigCommerce's API and login pages); the same after a restart, as what it issued. */
  readonly simulatorUrl: string;
  /** Everything the server printed so far, every run (stdout and stderr). */
  readonly output: string;
  /** Stops (SIGTERM, exit 0) and starts again on the same ports and DATA_DIR. */
  restart(): Promise<void>;
  /** SIGTERM, then how it exited (0 when it stopped cleanly); null when it never ran. */
  stop(): Promise<ExitCode>;
  /** Stops it if running and removes DATA_DIR. */
  dispose(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

function within<T>(promise: Promise<T>, ms: number, what: () => string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(what())), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export interface ServerProcessOptions {
  /** Start with the owner account (the default), or with none. */
  withOwner?: boolean;
  /** More environment for the server, such as CHECK_INTERVAL or WEBHOOKS_ALLOW_PRIVATE. */
  env?: Readonly<Record<string, string>>;
}

export async function startServerProcess({ withOwner = true, env: extraEnv = {} }: ServerProcessOptions = {}): Promise<ServerProcess> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'wizard-e2e-'));
  const ownerEnv = withOwner ? { OWNER_EMAIL: owner.email, OWNER_PASSWORD: owner.password } : {};
  let url = '';
  let env: NodeJS.ProcessEnv = {};
  const takePorts = async () => {
    const [port, simulatorPort] = [await freePort(), await freePort()];
    url = `http://127.0.0.1:${port}`;
    env = { ...process.env, PORT: String(port), SIMULATOR_PORT: String(simulatorPort), HOST: '127.0.0.1', DATA_DIR: dataDir, PUBLIC_URL: url, ...ownerEnv, ...extraEnv };
  };
  await takePorts();
  let output = '';
  let simulatorUrl = '';
  let child: ChildProcess | undefined;
  let exited: Promise<ExitCode> = Promise.resolve(null);

  const start = async () => {
    if (!existsSync(path.join(root, compiledServer))) throw new Error(`${compiledServer} is missing: run "npm run build:server" first.`);
    const started = spawn(process.execPath, [compiledServer, '--simulate'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    child = started;
    exited = new Promise((resolve) => started.once('exit', (code, signal) => resolve(code ?? signal)));
    // This run's own output: "Listening on URL" and the simulator's address.
    let run = '';
    const record = (chunk: string) => {
      output += chunk;
      run += chunk;
    };
    started.stderr.setEncoding('utf8').on('data', record);
    const listening = new Promise<void>((resolve, reject) => {
      started.stdout.setEncoding('utf8').on('data', (chunk: string) => {
        record(chunk);
        const simulator = /^BigCommerce simulator on (\S+)$/m.exec(run)?.[1];
        if (run.includes(`Listening on ${url}\n`) && simulator) {
          simulatorUrl = simulator;
          resolve();
        }
      });
      void exited.then((code) => reject(new Error(`The server exited (${code}) before listening:\n${run}`)));
    });
    await within(listening, startTimeoutMs, () => `The server did not print "Listening on ${url}" within ${startTimeoutMs} ms:\n${output}`);
  };

  const stop = async () => {
    if (!child || child.exitCode !== null || child.signalCode !== null) return child ? exited : null;
    child.kill('SIGTERM');
    return within(exited, stopTimeoutMs, () => `The server did not stop within ${stopTimeoutMs} ms of SIGTERM:\n${output}`);
  };

  const server: ServerProcess = {
    get url() {
      return url;
    },
    get simulatorUrl() {
      return simulatorUrl;
    },
    get output() {
      return output;
    },
    async restart() {
      const code = await stop();
      if (code !== 0) throw new Error(`The server exited with ${code} on SIGTERM:\n${output}`);
      await start();
    },
    stop,
    async dispose() {
      try {
        if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      } finally {
        await rm(dataDir, { recursive: true, force: true });
      }
    },
  };
  try {
    // A free port is only free until someone takes it: another worker's server or simulator can
    // between the probe and the server's listen. Then the server exits at once: on new ports, again.
    for (let attempt = 1; ; attempt += 1) {
      try {
        await start();
        break;
      } catch (error) {
        if (attempt === 3 || !(error instanceof Error) || !/EADDRINUSE|cannot listen on port/.test(error.message)) throw error;
        await takePorts();
      }
    }
  } catch (error) {
    await server.dispose();
    throw error;
  }
  return server;
}
