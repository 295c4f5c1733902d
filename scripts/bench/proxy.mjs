#!/usr/bin/env node
/**
 * npm run bench:proxy [-- --check] [--duration 10] [--warmup 2] [--connections 20] [--windows 10]
 *                     [--callers 30] [--only overhead,quota,neighbor] [--timeout 300]
 *
 * What a program calling BigCommerce through the proxy feels (docs/performance.md, "The proxy"):
 * - overhead: the same GET straight to the BigCommerce simulator and through the proxy, in one run,
 *   with 20 connections: as fast as each goes (autocannon), for the proxy's requests per second
 *   against the direct ones; then paced at --rate a second, below both, for what the proxy adds
 *   to a call's median (at full speed a call's time is mostly its wait in the simulator's queue,
 *   which the proxy's own CPU, on the same two cores, lengthens). Each in turn, twice. The
 *   simulator runs in a child process (npm run simulator) with a quota no run reaches; the server
 *   (SQLite) in this one; each load generator in another.
 * - quota: two servers on one PostgreSQL, 30 callers over three keys, a store at 50 requests per
 *   1 s window for 10 windows: the share of the store's quota carried out, and 429s that reached a
 *   caller. neighbor: the same while another app takes 20 % of every window. The share is the
 *   callers' 200s in the store's windows wholly inside the run (each answer's reset time says
 *   which, against the windows the simulator kept) over those windows' quota, less what the other
 *   app took in them.
 *
 * Run with `node --import tsx` (package.json does). Prints Markdown tables, writes
 * bench-results/proxy.json, checks the `proxy` budgets of bench/budgets.json. Exit codes: 0 ok,
 * 1 a budget exceeded (--check), 2 the measurement failed, 3 over time, 130 signal.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { bigcommerceApiAccounts, PLUMTREE_STORE_HASH } from '../../mocks/fixtures/bigcommerce.ts';
import { loadConfig } from '../../server/config.ts';
import { startServer } from '../../server/start.ts';
import { temporaryDataDir } from '../../server/testing/handles.ts';
import { signIn, testOwner } from '../../server/testing/owner.ts';
import { createPostgres, probePostgres } from '../../server/testing/postgres.ts';
import { loadAverage, runMeta } from './git.mjs';
import { installGuards, onCleanup, runMain, sleep } from './proc.mjs';
import { checkBudgets, exceededMessage, renderBudgets, table } from './report.mjs';
import { autocannonRun, nullLogger, pacedRun } from './serverHarness.mjs';
import { startSimulatorProcess } from './simulatorProcess.mjs';

const root = path.resolve(import.meta.dirname, '..', '..');
const { values: args } = parseArgs({
  options: {
    check: { type: 'boolean', default: false },
    duration: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '2' },
    connections: { type: 'string', default: '20' },
    windows: { type: 'string', default: '10' },
    callers: { type: 'string', default: '30' },
    rate: { type: 'string', default: '100' },
    only: { type: 'string', default: 'overhead,quota,neighbor' },
    timeout: { type: 'string', default: '300' },
  },
});
const only = new Set(args.only.split(',').map((name) => name.trim()));
const resultsFile = path.join(root, 'bench-results', 'proxy.json');
const budgetsFile = path.join(root, 'bench', 'budgets.json');
const log = (message) => console.error(`bench:proxy: ${message}`);
const account = bigcommerceApiAccounts.find((candidate) => candidate.storeHash === PLUMTREE_STORE_HASH && candidate.scopes.includes('store_v2_products_read_only'));
const products = 'v3/catalog/products?limit=5';

/** A server on `env`'s database pointed at `simulatorUrl`, signed in, with one Token connection to Plumtree Outfitters. */
async function proxyServer(env, simulatorUrl, logger) {
  const config = { ...loadConfig({ ...env, BIGCOMMERCE_API_URL: simulatorUrl, BIGCOMMERCE_LOGIN_URL: simulatorUrl, OWNER_EMAIL: testOwner.email, OWNER_PASSWORD: testOwner.password, PROXY_KEY_LIMIT_PER_MINUTE: '9999999' }), port: 0 };
  const running = await startServer(config, logger, { rateLimitPerMinute: 1e9 });
  const forget = onCleanup(running.close);
  const signedIn = await signIn(running.url, config.publicUrl);
  const post = async (route, body) => {
    const response = await fetch(`${running.url}${route}`, { method: 'POST', headers: { 'content-type': 'application/json', ...signedIn }, body: JSON.stringify(body) });
    if (response.status !== 201) throw new Error(`POST ${route} answered ${response.status}: ${await response.text()}`);
    return response.json();
  };
  return {
    running,
    signedIn,
    post,
    close: async () => {
      forget();
      await running.close();
    },
  };
}

async function saveConnection(server) {
  const connection = await server.post('/api/connections', { name: 'Plumtree', authType: 'token', accessToken: account.accessToken, clientId: account.clientId, storeHash: PLUMTREE_STORE_HASH });
  if (connection.status.state !== 'online') throw new Error(`the connection's test on save says ${JSON.stringify(connection.status)}`);
  return connection.id;
}

async function measureOverhead() {
  const simulator = await startSimulatorProcess({ SIMULATOR_QUOTA: '100000/1000' });
  const dataDir = temporaryDataDir();
  const { logger, close: closeLog } = nullLogger();
  const server = await proxyServer({ DATA_DIR: dataDir }, simulator.url, logger);
  try {
    const id = await saveConnection(server);
    const { secret } = await server.post('/api/api-keys', { name: 'Bench', connections: [id], access: 'read' });
    const load = (url, headers) => autocannonRun(url, { headers, connections: Number(args.connections), duration: Number(args.duration), warmup: Number(args.warmup) });
    const paced = (url, headers) => pacedRun(url, { headers, connections: Number(args.connections), rate: Number(args.rate), duration: Number(args.duration), warmup: Number(args.warmup) });
    const directUrl = `${simulator.url}/stores/${PLUMTREE_STORE_HASH}/${products}`;
    const proxyUrl = `${server.running.url}/proxy/${id}/${products}`;
    const directHeaders = { 'X-Auth-Token': account.accessToken, Accept: 'application/json' };
    const proxyHeaders = { Authorization: `Bearer ${secret}` };
    // In turn, twice: a machine that slows down for a while weighs on both alike.
    const runs = { direct: [], proxy: [], pacedDirect: [], pacedProxy: [] };
    for (let round = 0; round < 2; round += 1) {
      log(`overhead round ${round + 1}: full speed, direct then through the proxy`);
      runs.direct.push(await load(directUrl, directHeaders));
      runs.proxy.push(await load(proxyUrl, proxyHeaders));
      log(`overhead round ${round + 1}: ${args.rate} a second, direct then through the proxy`);
      runs.pacedDirect.push(await paced(directUrl, directHeaders));
      runs.pacedProxy.push(await paced(proxyUrl, proxyHeaders));
    }
    const mean = (list, pick) => list.reduce((sum, run) => sum + pick(run), 0) / list.length;
    const directRps = mean(runs.direct, (run) => run.requestsPerSecond);
    const proxyRps = mean(runs.proxy, (run) => run.requestsPerSecond);
    const pacedDirectP50 = mean(runs.pacedDirect, (run) => run.latencyMs.p50);
    const pacedProxyP50 = mean(runs.pacedProxy, (run) => run.latencyMs.p50);
    return {
      runs,
      directRps: Math.round(directRps),
      proxyRps: Math.round(proxyRps),
      throughputRatio: Number((proxyRps / directRps).toFixed(3)),
      fullSpeedP50AddedMs: mean(runs.proxy, (run) => run.latencyMs.p50) - mean(runs.direct, (run) => run.latencyMs.p50),
      pacedDirectP50Ms: Number(pacedDirectP50.toFixed(2)),
      pacedProxyP50Ms: Number(pacedProxyP50.toFixed(2)),
      p50AddedMs: Number((pacedProxyP50 - pacedDirectP50).toFixed(2)),
    };
  } finally {
    await server.close();
    closeLog();
    rmSync(dataDir, { recursive: true, force: true });
    await simulator.close();
  }
}

/** 30 callers over two servers and three keys, as fast as the proxy lets them, for `windows` windows of 1 s. */
async function measureQuota(neighbor) {
  const quota = 50;
  const windowMs = 1000;
  const simulator = await startSimulatorProcess({ SIMULATOR_QUOTA: `${quota}/${windowMs}`, SIMULATOR_NEIGHBOR: String(neighbor) });
  const database = await createPostgres();
  const forgetDatabase = onCleanup(() => database.dispose());
  const { logger, sink, close: closeLog } = nullLogger();
  const env = { DATA_DIR: database.dataDir, DATABASE_URL: database.target.url };
  const servers = [await proxyServer(env, simulator.url, logger), await proxyServer(env, simulator.url, logger)];
  try {
    const id = await saveConnection(servers[0]);
    const keys = [];
    for (const name of ['Orders export', 'Catalog sync', 'Stock check']) keys.push((await servers[0].post('/api/api-keys', { name, connections: [id], access: 'read' })).secret);
    const windows = Number(args.windows);
    const stop = new AbortController();
    const counts = { ok: 0, callerSaw429: 0, otherStatus: 0, failed: 0 };
    // The store's window each 200 fell in, by its start: BigCommerce's reset time says when it ends.
    const okWindowStarts = [];
    const carriedOut = (response) => {
      counts.ok += 1;
      okWindowStarts.push(Date.now() + Number(response.headers.get('X-Rate-Limit-Time-Reset-Ms')) - windowMs);
    };
    // The save's test opened a window: let it pass. The clock then starts with the first call, which
    // opens the store's next window, so that the time measured holds 10 windows, no more.
    await sleep(windowMs);
    const started = performance.now();
    const startedAt = Date.now();
    const first = await fetch(`${servers[0].running.url}/proxy/${id}/v2/time`, { headers: { Authorization: `Bearer ${keys[0]}` } });
    await first.arrayBuffer();
    if (first.status === 200) carriedOut(first);
    const deadline = started + windows * windowMs;
    const caller = async (index) => {
      const server = servers[index % servers.length];
      const key = keys[index % keys.length];
      while (performance.now() < deadline) {
        try {
          const response = await fetch(`${server.running.url}/proxy/${id}/v2/time`, { headers: { Authorization: `Bearer ${key}`, 'X-Proxy-Max-Wait': '5' }, signal: stop.signal });
          await response.arrayBuffer();
          // A 200 answered just after the deadline still fell in its window, which may be whole.
          if (response.status === 200) carriedOut(response);
          if (performance.now() > deadline) break;
          if (response.status === 429) counts.callerSaw429 += 1;
          else if (response.status !== 200) counts.otherStatus += 1;
        } catch {
          if (!stop.signal.aborted) counts.failed += 1;
        }
      }
    };
    const timer = setTimeout(() => stop.abort(), windows * windowMs);
    await Promise.all(Array.from({ length: Number(args.callers) }, (_, index) => caller(index)));
    clearTimeout(timer);
    for (const server of servers) await server.running.proxy.usage.flush();
    const usage = await (await fetch(`${servers[0].running.url}/api/connections/${id}/usage`, { headers: servers[0].signedIn })).json().catch(() => null);
    // The run's time holds parts of more windows than `windows` when another app keeps the store's
    // windows going (the first call lands in one begun before it): what was left to the callers is
    // the quota of the windows their calls fell in, less what the other app really drew in them.
    const { byWindow } = await (await fetch(`${simulator.url}/__simulator/neighbor`)).json();
    const storeWindows = new Map(Object.entries(byWindow[PLUMTREE_STORE_HASH] ?? {}).map(([start, count]) => [Number(start), count]));
    // Only the windows wholly inside the run count: in a window the run began or ended inside,
    // the callers had only part of the time (another app keeps the windows going, so the run's
    // first call seldom opens one).
    const whole = (start) => start >= startedAt - 5 && start + windowMs <= startedAt + windows * windowMs + 5;
    const inWindows = windowsOf(okWindowStarts, [...storeWindows.keys()]);
    const spanned = [...inWindows.keys()].filter(whole);
    const carried = spanned.reduce((sum, start) => sum + inWindows.get(start), 0);
    const neighborTook = spanned.reduce((sum, start) => sum + (storeWindows.get(start) ?? 0), 0);
    const available = quota * spanned.length - neighborTook;
    return {
      quota,
      windowMs,
      windows,
      windowsSpanned: spanned.length,
      neighbor,
      neighborTook,
      available,
      ...counts,
      carried,
      share: Number((carried / available).toFixed(3)),
      usage: usage?.usage ?? null,
      logProblems: sink.problems.slice(0, 5),
    };
  } finally {
    for (const server of servers) await server.close();
    closeLog();
    forgetDatabase();
    await database.dispose();
    await simulator.close();
  }
}

/**
 * How many of a run's 200s fell in each of the store's windows (their starts, as the simulator
 * kept them). A start read from an answer is never early, only late by the answer's way back:
 * each 200 fell in the last window that began before it (a few ms allowed for the two clocks).
 */
function windowsOf(answerStarts, storeStarts) {
  const sorted = [...storeStarts].sort((a, b) => a - b);
  const counts = new Map();
  for (const start of answerStarts) {
    const window = sorted.findLast((candidate) => candidate <= start + 5);
    if (window !== undefined) counts.set(window, (counts.get(window) ?? 0) + 1);
  }
  return counts;
}

function render(results) {
  const { meta, overhead, quota, neighbor } = results;
  const out = [`Measured ${meta.date} on ${meta.cpus} CPUs (load average ${meta.loadAverage.join(' / ')} at the start, ${meta.loadAverageAfter.join(' / ')} at the end), Node ${meta.node}, commit ${meta.commit}${meta.dirty ? ' + uncommitted changes' : ''}.`, ''];
  if (overhead) {
    out.push(`### Overhead: GET /${products}, ${args.connections} connections, two rounds of ${args.duration} s in turn`, '');
    const row = (name, list) => list.map((run, index) => [`${name}, round ${index + 1}`, String(run.requestsPerSecond), `${run.latencyMs.p50} ms`, `${run.latencyMs.p99} ms`, String(run.requests), `${run.errors + run.timeouts} / ${run.non2xx}`]);
    out.push('As fast as each goes (autocannon; latencies in its whole milliseconds):', '');
    out.push(table(['Path', 'req/s', 'p50', 'p99', 'Requests', 'Errors / non-2xx'], [...row('Straight to the simulator', overhead.runs.direct), ...row('Through the proxy', overhead.runs.proxy)]));
    const pacedRow = (name, list) => list.map((run, index) => [`${name}, round ${index + 1}`, `${run.latencyMs.p50} ms`, `${run.latencyMs.p90} ms`, `${run.latencyMs.p99} ms`, String(run.requests), JSON.stringify(run.statuses)]);
    out.push('', `Paced at ${args.rate} a second (performance.now(), to the hundredth of a ms):`, '');
    out.push(table(['Path', 'p50', 'p90', 'p99', 'Requests', 'Statuses'], [...pacedRow('Straight to the simulator', overhead.runs.pacedDirect), ...pacedRow('Through the proxy', overhead.runs.pacedProxy)]));
    out.push('', `The proxy: ${overhead.proxyRps} req/s against ${overhead.directRps} direct at full speed (**${overhead.throughputRatio}x**); paced, its median **${overhead.p50AddedMs >= 0 ? '+' : ''}${overhead.p50AddedMs} ms** over the direct one (${overhead.pacedProxyP50Ms} against ${overhead.pacedDirectP50Ms} ms; at full speed ${overhead.fullSpeedP50AddedMs >= 0 ? '+' : ''}${overhead.fullSpeedP50AddedMs.toFixed(1)} ms, mostly queueing).`, '');
  }
  for (const run of [quota, neighbor].filter(Boolean)) {
    out.push(`### Quota${run.neighbor ? `, another app taking ${run.neighbor} of every ${run.quota}` : ''}: two servers on one PostgreSQL, ${args.callers} callers, 3 keys, ${run.quota} requests per ${run.windowMs} ms, ${run.windows} windows`, '');
    out.push(
      table(
        ['Carried out (200), in whole windows', 'Whole windows', 'Taken by the other app in them', 'Left to us', 'Share', '429 seen by callers', 'Other answers', 'Failed'],
        [[`${run.carried} of ${run.ok}`, String(run.windowsSpanned), String(run.neighborTook), String(run.available), `**${(run.share * 100).toFixed(1)} %**`, String(run.callerSaw429), String(run.otherStatus), String(run.failed)]],
      ),
    );
    if (run.usage) out.push('', `Usage as the connection's page shows it: ${run.usage.calls} calls, ${run.usage.waited} waited (longest ${run.usage.longestWaitMs} ms), ${run.usage.absorbed429} 429s absorbed, ${run.usage.passed429} passed on, ${run.usage.errors} errors.`);
    out.push('');
  }
  return out.join('\n');
}

async function main() {
  const stopGuards = installGuards(Number(args.timeout) * 1000);
  mkdirSync(path.dirname(resultsFile), { recursive: true });
  const results = {
    meta: {
      ...runMeta(root, ['server', 'core', 'mocks/bigcommerce', 'package.json']),
      options: { ...args },
    },
    skipped: {},
  };
  if (only.has('overhead')) results.overhead = await measureOverhead();
  for (const [name, neighbor] of [['quota', 0], ['neighbor', 10]]) {
    if (!only.has(name)) continue;
    const problem = await probePostgres();
    if (problem) {
      results.skipped[name] = `no PostgreSQL answered at 127.0.0.1:5432 (${problem})`;
      log(`${name} skipped: ${results.skipped[name]}`);
      continue;
    }
    log(`${name}: two servers, ${args.callers} callers, ${args.windows} windows${neighbor ? `, a neighbour taking ${neighbor} a window` : ''}`);
    results[name] = await measureQuota(neighbor);
  }
  results.meta.loadAverageAfter = loadAverage();
  stopGuards();

  const { proxy } = JSON.parse(readFileSync(budgetsFile, 'utf8'));
  const checked = checkBudgets(results, proxy.budgets.filter((budget) => budget.metric.split('.')[0] in results));
  results.budgets = checked;
  writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
  console.log(render(results));
  console.log(renderBudgets(checked));
  log(`figures in ${path.relative(root, resultsFile)}`);

  const failures = [
    ...(results.overhead ? [...results.overhead.runs.direct, ...results.overhead.runs.proxy].filter((run) => run.errors + run.timeouts + run.non2xx > 0).map((run) => `an overhead run had ${run.errors} errors, ${run.timeouts} timeouts, ${run.non2xx} non-2xx`) : []),
    ...(results.overhead ? [...results.overhead.runs.pacedDirect, ...results.overhead.runs.pacedProxy].filter((run) => Object.keys(run.statuses).some((status) => status !== '200')).map((run) => `a paced run answered ${JSON.stringify(run.statuses)}`) : []),
    ...[results.quota, results.neighbor].filter((run) => run && run.failed + run.otherStatus > 0).map((run) => `a quota run had ${run.failed} failed calls and ${run.otherStatus} other answers`),
  ];
  if (failures.length) {
    log(`the measurement failed:\n  ${failures.join('\n  ')}`);
    return 2;
  }
  const exceeded = exceededMessage(checked);
  if (exceeded) {
    log(exceeded);
    if (args.check) return 1;
  }
  return 0;
}

runMain('bench:proxy', main);
