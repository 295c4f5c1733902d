#!/usr/bin/env node
/**
 * npm run bench:start [-- --runs 5]
 *
 * How long the server takes from spawn to "Listening on": compiled (`node dist-server/server.js`,
 * what `npm run serve` runs; build it first with `npm run build:server`) and from the sources
 * (`node --import tsx server/main.ts`). Each run gets a fresh DATA_DIR (a first start: key
 * generated, migrations applied) and a free port, without --simulate. Prints a Markdown table of
 * the median and the range (docs/server.md, "Start time").
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { median, round } from './stats.mjs';

const root = path.resolve(import.meta.dirname, '../..');
const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' } } });
const runs = Number(values.runs);

const variants = [
  { name: 'compiled: `node dist-server/server.js`', args: ['dist-server/server.js'] },
  { name: 'sources: `node --import tsx server/main.ts`', args: ['--import', 'tsx', 'server/main.ts'] },
];

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** Milliseconds from spawn to the "Listening on" line; the server is stopped with SIGTERM after. */
async function timeOneStart(args) {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'wizard-bench-start-'));
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, PORT: String(port), DATA_DIR: dataDir }, stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
  let output = '';
  child.stderr.on('data', (chunk) => (output += chunk));
  try {
    return await new Promise((resolve, reject) => {
      child.stdout.setEncoding('utf8').on('data', (chunk) => {
        output += chunk;
        if (output.includes('Listening on ')) resolve(performance.now() - started);
      });
      void exited.then((code) => reject(new Error(`exited with ${code} before listening:\n${output}`)));
    });
  } finally {
    child.kill('SIGTERM');
    await exited;
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (!existsSync(path.join(root, 'dist-server/server.js'))) {
  process.stderr.write('dist-server/server.js is missing: run "npm run build:server" first.\n');
  process.exit(2);
}
// Interleaved, so a busy moment on the machine falls on both alike.
const times = variants.map(() => []);
for (let run = 0; run < runs; run += 1) {
  for (const [index, variant] of variants.entries()) times[index].push(await timeOneStart(variant.args));
}
const rows = variants.map(({ name }, index) => {
  const own = times[index];
  return `| ${name} | ${round(median(own), 0)} | ${round(Math.min(...own), 0)}–${round(Math.max(...own), 0)} |`;
});
process.stdout.write(['| server | median ms to "Listening on" | range ms |', '|---|---|---|', ...rows, ''].join('\n'));
process.stdout.write(`\n${runs} runs each, fresh DATA_DIR per run, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}.\n`);
