/**
 * What the server benches share: an autocannon run in a child process of its own (apiLoad.mjs),
 * and the server's JSON log written as a real server writes it, to /dev/null.
 */
import { fork } from 'node:child_process';
import { closeSync, openSync, rmSync, writeSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createLogger } from '../../server/log.ts';
import { temporaryDataDir } from '../../server/testing/handles.ts';
import { createPostgres } from '../../server/testing/postgres.ts';
import { onCleanup } from './proc.mjs';

/** One autocannon run in a child process; resolves to its summary (apiLoad.mjs). */
export function autocannonRun(url, { method = 'GET', body, headers = {}, connections, duration, warmup }) {
  return loadChild('./apiLoad.mjs', { url, method, body, headers, connections, duration, warmup });
}

/** One paced run in a child process: `rate` GETs a second, timed to the microsecond (pacedLoad.mjs). */
export function pacedRun(url, { headers = {}, connections, rate, duration, warmup }) {
  return loadChild('./pacedLoad.mjs', { url, headers, connections, rate, duration, warmup });
}

function loadChild(script, options) {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(new URL(script, import.meta.url)), [JSON.stringify(options)], { execArgv: [], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    const forget = onCleanup(() => child.kill('SIGKILL'));
    let summary;
    child.once('message', (message) => (summary = message));
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      forget();
      if (summary && code === 0) resolve(summary);
      else reject(new Error(`the load generator exited (${code ?? signal}) without a result`));
    });
  });
}

/**
 * The server's JSON log as a real server writes it (JSON.stringify and one write per line, as to
 * stdout redirected to a file), to /dev/null. Counts the lines and keeps warnings and errors.
 */
export function nullLogger() {
  const fd = openSync('/dev/null', 'w');
  const sink = { lines: 0, problems: [] };
  const logger = createLogger((line) => {
    sink.lines += 1;
    if (/"level":"(warn|error)"/.test(line)) sink.problems.push(line);
    writeSync(fd, `${line}\n`);
  });
  return { logger, sink, close: () => closeSync(fd) };
}

/** A throwaway database: SQLite in a temporary DATA_DIR, or PostgreSQL in a database of its own. */
export async function throwawayDatabase(kind) {
  if (kind === 'sqlite') {
    const dataDir = temporaryDataDir();
    return { env: { DATA_DIR: dataDir }, dispose: async () => rmSync(dataDir, { recursive: true, force: true }) };
  }
  const database = await createPostgres();
  return { env: { DATA_DIR: database.dataDir, DATABASE_URL: database.target.url }, dispose: () => database.dispose() };
}
