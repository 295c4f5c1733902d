#!/usr/bin/env node
/**
 * npm run bench:server [-- --check] [--duration 10] [--warmup 2] [--connections 10] [--seed 1000]
 *                      [--only bare,sqlite,postgres] [--timeout 300]
 *
 * Requests per second and latency of the server's API under autocannon: GET /api/connections
 * with `--seed` connections saved, and POST /api/connections (a new OAuth 2.0 connection per
 * request), on SQLite (a temporary DATA_DIR) and on PostgreSQL (a database of its own on
 * 127.0.0.1:5432, dropped at the end; skipped, with the reason, when none answers), beside a bare
 * Hono route served the same way: the ceiling. The server runs in this process, as
 * `startServer()` starts it, logging each request to /dev/null; autocannon runs in a child
 * process (apiLoad.mjs). Run with `node --import tsx` (package.json does) to import the server's
 * TypeScript.
 *
 * Prints a Markdown table, writes bench-results/server.json and checks the `server` budgets of
 * bench/budgets.json. Exit codes: 0 ok, 1 a budget exceeded (--check), 2 the measurement failed
 * (a request errored or answered other than 2xx), 3 over time, 130 signal.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { loadConfig } from '../../server/config.ts';
import { seedDemoClients } from '../../server/simulate.ts';
import { startServer } from '../../server/start.ts';
import { temporaryDataDir } from '../../server/testing/handles.ts';
import { signIn, testOwner } from '../../server/testing/owner.ts';
import { everyConnection } from '../../server/testing/records.ts';
import { createPostgres, probePostgres } from '../../server/testing/postgres.ts';
import { autocannonRun, nullLogger } from './serverHarness.mjs';
import { loadAverage, runMeta } from './git.mjs';
import { installGuards, onCleanup, runMain } from './proc.mjs';
import { checkBudgets, exceededMessage, renderBudgets, table } from './report.mjs';

const root = path.resolve(import.meta.dirname, '..', '..');
const { values: args } = parseArgs({
  options: {
    check: { type: 'boolean', default: false },
    duration: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '2' },
    connections: { type: 'string', default: '10' },
    seed: { type: 'string', default: '1000' },
    only: { type: 'string', default: 'bare,sqlite,postgres' },
    timeout: { type: 'string', default: '300' },
  },
});
const only = new Set(args.only.split(',').map((name) => name.trim()));
const resultsFile = path.join(root, 'bench-results', 'server.json');
const budgetsFile = path.join(root, 'bench', 'budgets.json');
const log = (message) => console.error(`bench:server: ${message}`);
const loadOptions = { connections: Number(args.connections), duration: Number(args.duration), warmup: Number(args.warmup) };
const load = (url, request) => autocannonRun(url, { ...request, ...loadOptions });

/** The body of every saved connection: OAuth 2.0, so saving asks nothing of BigCommerce. */
const connectionBody = (name) => ({
  name,
  authType: 'oauth2',
  storeHash: 'x7kq2mfa9b',
  oauthClientId: 'demo-oauth-client',
  scopes: ['store_v2_products_read_only'],
});

/** The ceiling: the same framework and adapter answering a constant, with no middleware. */
async function measureBare() {
  const app = new Hono();
  app.get('/bare', (c) => c.json({ ok: true }));
  const server = await new Promise((resolve, reject) => {
    const started = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, () => resolve(started));
    started.once('error', reject);
  });
  const close = () => new Promise((resolve) => server.close(() => resolve()));
  const forget = onCleanup(close);
  try {
    return { get: await load(`http://127.0.0.1:${server.address().port}/bare`) };
  } finally {
    forget();
    await close();
  }
}

/** A throwaway database: SQLite in a temporary DATA_DIR, or PostgreSQL in a database of its own. */
async function throwawayDatabase(kind) {
  if (kind === 'sqlite') {
    const dataDir = temporaryDataDir();
    return { env: { DATA_DIR: dataDir }, dispose: async () => rmSync(dataDir, { recursive: true, force: true }) };
  }
  const database = await createPostgres();
  return { env: { DATA_DIR: database.dataDir, DATABASE_URL: database.target.url }, dispose: () => database.dispose() };
}

async function seedConnections(url, count, signedIn) {
  let next = 0;
  const one = async () => {
    for (let i = next++; i < count; i = next++) {
      const response = await fetch(`${url}/api/connections`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...signedIn },
        body: JSON.stringify(connectionBody(`Seeded connection ${i + 1}`)),
      });
      if (response.status !== 201) throw new Error(`seeding: POST /api/connections answered ${response.status}: ${await response.text()}`);
    }
  };
  await Promise.all(Array.from({ length: 10 }, one));
}

async function listed(url, signedIn) {
  const response = await fetch(`${url}/api/connections`, { headers: signedIn });
  const text = await response.text();
  return { count: JSON.parse(text).connections.length, bytes: Buffer.byteLength(text) };
}

async function measureDatabase(kind) {
  const database = await throwawayDatabase(kind);
  const forgetDatabase = onCleanup(database.dispose);
  const { logger, sink, close: closeLog } = nullLogger();
  // The limiter at its default (600 a minute) would answer 429 within the first second.
  // Signed in as the owner, as the app's page is: every request carries the session cookie and Origin.
  const config = { ...loadConfig({ ...database.env, OWNER_EMAIL: testOwner.email, OWNER_PASSWORD: testOwner.password }), port: 0 };
  const running = await startServer(config, logger, { rateLimitPerMinute: 1e9 });
  const forgetServer = onCleanup(running.close);
  try {
    await seedDemoClients(running.deps);
    const signedIn = await signIn(running.url, config.publicUrl);
    const seed = Number(args.seed);
    const t0 = performance.now();
    await seedConnections(running.url, seed, signedIn);
    const seedS = Math.round(performance.now() - t0) / 1000;
    const before = await listed(running.url, signedIn);
    if (before.count !== seed) throw new Error(`seeded ${seed} connections, but the list has ${before.count}`);
    log(`${kind}: seeded ${seed} connections in ${seedS} s; the list is ${(before.bytes / 1000).toFixed(1)} kB of JSON`);

    const list = await load(`${running.url}/api/connections`, { headers: signedIn });
    const create = await load(`${running.url}/api/connections`, { method: 'POST', body: connectionBody('Bench'), headers: signedIn });
    // Every 201 is a row. autocannon stops counting with a request in flight on each connection,
    // at the end of the warm-up and of the run: those saves happen too, uncounted.
    const created = (create.statusCodes['201']?.count ?? 0) + (create.warmup?.statusCodes['201']?.count ?? 0);
    const after = (await everyConnection(running.deps.connections)).length;
    const uncounted = after - seed - created;
    if (uncounted < 0 || uncounted > 2 * loadOptions.connections) {
      throw new Error(`${created} connections created, but the table went from ${seed} to ${after} rows`);
    }
    if (sink.problems.length) log(`${kind}: the server logged ${sink.problems.length} warning(s) or error(s), first: ${sink.problems[0]}`);
    return { listBytes: before.bytes, seedS, rowsAfter: after, logLines: sink.lines, logProblems: sink.problems.slice(0, 5), list, create };
  } finally {
    forgetServer();
    await running.close();
    closeLog();
    forgetDatabase();
    await database.dispose();
  }
}

const ms = (value) => (typeof value === 'number' ? `${value} ms` : '–');
const runsOf = (results) =>
  Object.entries(results.cases).flatMap(([database, runs]) => ['get', 'list', 'create'].filter((key) => runs[key]).map((key) => ({ database, key, run: runs[key] })));
const failuresOf = ({ errors, timeouts, non2xx }) => errors + timeouts + non2xx;

function renderTable(results) {
  const { meta, cases } = results;
  const ceiling = cases.bare?.get.requestsPerSecond;
  const labels = { get: '`GET /bare` (the ceiling)', list: `\`GET /api/connections\` (${meta.options.seed} saved)`, create: '`POST /api/connections`' };
  const databases = { bare: '–', sqlite: 'SQLite', postgres: 'PostgreSQL' };
  const rows = runsOf(results).map(({ database, key, run }) => [
    labels[key],
    databases[database],
    String(run.requestsPerSecond),
    ceiling ? `${((100 * run.requestsPerSecond) / ceiling).toFixed(1)} %` : '–',
    ms(run.latencyMs.p50),
    ms(run.latencyMs.p99),
    ms(run.latencyMs.max),
    String(run.requests),
    `${run.errors + run.timeouts} / ${run.non2xx}`,
  ]);
  return [
    `Measured ${meta.date} on ${meta.cpus} CPUs (load average ${meta.loadAverage.join(' / ')} at the start, ${meta.loadAverageAfter.join(' / ')} at the end), Node ${meta.node}, commit ${meta.commit}${meta.dirty ? ' + uncommitted changes' : ''}; autocannon, ${meta.options.connections} connections, ${meta.options.warmup} s warm-up then ${meta.options.duration} s.`,
    '',
    table(['Request', 'Database', 'req/s', 'Of the ceiling', 'p50', 'p99', 'max', 'Requests', 'Errors / non-2xx'], rows),
    '',
    'Latencies as autocannon records them: whole milliseconds, rounded down (0 ms is under 1 ms).',
    ...Object.entries(results.skipped).map(([name, reason]) => `${name} skipped: ${reason}`),
    '',
  ].join('\n');
}

async function main() {
  const stopGuards = installGuards(Number(args.timeout) * 1000);
  mkdirSync(path.dirname(resultsFile), { recursive: true });
  const results = {
    meta: {
      ...runMeta(root, ['server', 'core', 'src/features/connections/schema', 'package.json']),
      options: { ...loadOptions, seed: Number(args.seed) },
    },
    cases: {},
    skipped: {},
  };

  if (only.has('bare')) {
    log('bare Hono route');
    results.cases.bare = await measureBare();
  }
  for (const kind of ['sqlite', 'postgres']) {
    if (!only.has(kind)) continue;
    if (kind === 'postgres') {
      const problem = await probePostgres();
      if (problem) {
        results.skipped.postgres = `no PostgreSQL answered at 127.0.0.1:5432 as user postgres (${problem})`;
        log(`PostgreSQL ${results.skipped.postgres}; skipped`);
        continue;
      }
    }
    log(kind);
    results.cases[kind] = await measureDatabase(kind);
  }
  results.meta.loadAverageAfter = loadAverage();
  stopGuards();

  // Only the budgets of the cases that ran: `--only sqlite` does not report PostgreSQL's as missing.
  const { server } = JSON.parse(readFileSync(budgetsFile, 'utf8'));
  const checked = checkBudgets(results, server.budgets.filter((budget) => budget.metric.split('.')[1] in results.cases));
  results.budgets = checked;
  writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
  console.log(renderTable(results));
  console.log(renderBudgets(checked));
  log(`figures in ${path.relative(root, resultsFile)}`);

  // Warm-up included: a request that failed at all makes the figures meaningless.
  const failed = runsOf(results)
    .flatMap(({ database, key, run }) => [[`${database} ${key}`, run], [`${database} ${key} warm-up`, run.warmup]])
    .filter(([, run]) => run && failuresOf(run) > 0)
    .map(([name, run]) => `${name}: ${run.errors} errors, ${run.timeouts} timeouts, status codes ${JSON.stringify(run.statusCodes)}`);
  if (failed.length) {
    log(`requests failed, so the figures do not count:\n  ${failed.join('\n  ')}`);
    return 2;
  }
  const exceeded = exceededMessage(checked);
  if (exceeded) {
    log(exceeded);
    if (args.check) return 1;
  }
  return 0;
}

runMain('bench:server', main);
