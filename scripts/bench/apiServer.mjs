#!/usr/bin/env node
/**
 * npm run bench:server [-- --check] [--duration 10] [--warmup 2] [--connections 20]
 *                      [--small 100] [--large 10000] [--only sqlite,postgres] [--timeout 900]
 *
 * The server's API under autocannon, on SQLite (a temporary DATA_DIR) and on PostgreSQL (a
 * database of its own on 127.0.0.1:5432, dropped at the end; skipped, with the reason, when none
 * answers). For each, with `--small` connections saved and then with `--large` (seeded straight
 * into the database in one transaction: seedConnections.mjs), in turn: GET /healthz (the server's
 * cheapest route, the yardstick of the same moment), with `--large` GET /api/session (the signed-in
 * /api chain with a tiny answer: what every /api request costs), the list's first page (GET /api/connections)
 * and a search (`?q=connection 12`); with `--large` also a search that matches nothing (it reads
 * every row) and POST /api/connections. The server runs in this process, as `startServer()` starts
 * it, logging each request to /dev/null; autocannon runs in a child process (apiLoad.mjs). Run with
 * `node --import tsx` (package.json does) to import the server's TypeScript.
 *
 * Prints Markdown tables, writes bench-results/server.json and checks the `server` budgets of
 * bench/budgets.json. Exit codes: 0 ok, 1 a budget exceeded (--check), 2 the measurement failed
 * (a request errored or answered other than 2xx), 3 over time, 130 signal.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../../server/config.ts';
import { seedDemoClients } from '../../server/simulate.ts';
import { startServer } from '../../server/start.ts';
import { signIn, testOwner } from '../../server/testing/owner.ts';
import { probePostgres } from '../../server/testing/postgres.ts';
import { failedRuns, ratiosOf, renderTable } from './apiServerReport.mjs';
import { autocannonRun, nullLogger, throwawayDatabase } from './serverHarness.mjs';
import { loadAverage, runMeta } from './git.mjs';
import { installGuards, onCleanup, runMain } from './proc.mjs';
import { checkBudgets, exceededMessage, renderBudgets } from './report.mjs';
import { connectionBody, firstPage, seedConnections } from './seedConnections.mjs';

const root = path.resolve(import.meta.dirname, '..', '..');
const { values: args } = parseArgs({
  options: {
    check: { type: 'boolean', default: false },
    duration: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '2' },
    connections: { type: 'string', default: '20' },
    small: { type: 'string', default: '100' },
    large: { type: 'string', default: '10000' },
    only: { type: 'string', default: 'sqlite,postgres' },
    timeout: { type: 'string', default: '900' },
  },
});
const only = new Set(args.only.split(',').map((name) => name.trim()));
const sizes = { small: Number(args.small), large: Number(args.large) };
const resultsFile = path.join(root, 'bench-results', 'server.json');
const budgetsFile = path.join(root, 'bench', 'budgets.json');
const log = (message) => console.error(`bench:server: ${message}`);
const loadOptions = { connections: Number(args.connections), duration: Number(args.duration), warmup: Number(args.warmup) };
const load = (url, request) => autocannonRun(url, { ...request, ...loadOptions });
const searches = { search: 'connection 12', noMatch: 'no such connection' };

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
    const api = (query = '') => `${running.url}/api/connections${query}`;
    const search = (q) => api(`?q=${encodeURIComponent(q)}`);
    const phases = {};
    let saved = 0;
    for (const [name, count] of Object.entries(sizes)) {
      const t0 = performance.now();
      await seedConnections(running, saved, count);
      saved = count;
      const seedS = Math.round(performance.now() - t0) / 1000;
      const pageBytes = await firstPage(api(), signedIn, { count: Math.min(50, count), more: count > 50 });
      log(`${kind}: ${count} connections saved (seeded in ${seedS} s); a first page is ${(pageBytes / 1000).toFixed(1)} kB`);
      phases[name] = { saved: count, seedS, pageBytes };
      // Untimed: the first database's first phase otherwise meets code not yet compiled (ed681c7's run).
      if (name === 'small') await autocannonRun(api(), { headers: signedIn, connections: loadOptions.connections, duration: 3, warmup: 0 });
      phases[name].healthz = await load(`${running.url}/healthz`);
      // The same signed-in /api chain (limits, time limit, session lookup, log) with a tiny answer.
      if (name === 'large') phases[name].session = await load(`${running.url}/api/session`, { headers: signedIn });
      phases[name].list = await load(api(), { headers: signedIn });
      phases[name].search = await load(search(searches.search), { headers: signedIn });
    }
    await firstPage(search(searches.noMatch), signedIn, { count: 0, more: false });
    phases.large.noMatch = await load(search(searches.noMatch), { headers: signedIn });
    phases.large.create = await load(api(), { method: 'POST', body: connectionBody('Bench'), headers: signedIn });
    if (sink.problems.length) log(`${kind}: the server logged ${sink.problems.length} warning(s) or error(s), first: ${sink.problems[0]}`);
    return { ...phases, ratios: ratiosOf(phases), logLines: sink.lines, logProblems: sink.problems.slice(0, 5) };
  } finally {
    forgetServer();
    await running.close();
    closeLog();
    forgetDatabase();
    await database.dispose();
  }
}

async function main() {
  const stopGuards = installGuards(Number(args.timeout) * 1000);
  mkdirSync(path.dirname(resultsFile), { recursive: true });
  const results = {
    meta: { ...runMeta(root, ['server', 'core', 'src/features/connections/schema', 'package.json']), options: { ...loadOptions, ...sizes, searches } },
    cases: {},
    skipped: {},
  };
  for (const kind of ['sqlite', 'postgres']) {
    if (!only.has(kind)) continue;
    const problem = kind === 'postgres' ? await probePostgres() : undefined;
    if (problem) {
      results.skipped.postgres = `no PostgreSQL answered at 127.0.0.1:5432 as user postgres (${problem})`;
      log(`PostgreSQL ${results.skipped.postgres}; skipped`);
      continue;
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
  const failed = failedRuns(results);
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
