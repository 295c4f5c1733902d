#!/usr/bin/env node
/**
 * npm run bench:checks [-- --check] [--only revocation,scale] [--rounds 3] [--connections 1000]
 *                      [--stores 10] [--minutes 3] [--caller-rate 1.5] [--timeout 900]
 *
 * What the background checks (issue 22) feel like from outside (docs/performance.md, "Checks"):
 * - revocation: CHECK_INTERVAL=10s, a token revoked in the BigCommerce simulator, and the time until
 *   a receiver gets the signed connection.status_changed event (verified with standardwebhooks);
 *   `--rounds` times, the account restored in between.
 * - scale: 1,000 connections over 10 stores, each store at BigCommerce's 150 requests per 30 s,
 *   CHECK_INTERVAL=1m, and one caller per store calling through the proxy at `--caller-rate` a
 *   second meanwhile, for `--minutes`. A stand-in for api.bigcommerce.com (the simulator's own
 *   quota rules, its windows counted per store) tells the checks' calls from the callers': the
 *   largest share of any store's window the checks took, the 429s callers saw, and how long a
 *   round of checks took per store.
 *
 * Run with `node --import tsx` (package.json does). Prints Markdown, writes
 * bench-results/checks.json, checks the `checks` budgets of bench/budgets.json. Exit codes as
 * the other benches: 0, 1 a budget exceeded (--check), 2 the measurement failed, 3 over time.
 */
import { createServer } from 'node:http';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Webhook } from 'standardwebhooks';
import { demoAppRegistration, startSimulatorServer } from '../../mocks/bigcommerce/http/index.ts';
import { setSimulatorQuota, takeRequest } from '../../mocks/bigcommerce/quota.ts';
import { bigcommerceApiAccounts, PLUMTREE_STORE_HASH } from '../../mocks/fixtures/bigcommerce.ts';
import { nowIso } from '../../core/clock.ts';
import { buildConnectionRecord, newStamp } from '../../core/records.ts';
import { tokenConnectionInputSchema } from '../../src/features/connections/schema/index.ts';
import { loadConfig } from '../../server/config.ts';
import { startServer } from '../../server/start.ts';
import { temporaryDataDir } from '../../server/testing/handles.ts';
import { signIn, testOwner } from '../../server/testing/owner.ts';
import { everyConnection } from '../../server/testing/records.ts';
import { loadAverage, runMeta } from './git.mjs';
import { installGuards, onCleanup, runMain } from './proc.mjs';
import { checkBudgets, exceededMessage, renderBudgets, table } from './report.mjs';
import { nullLogger } from './serverHarness.mjs';

const root = path.resolve(import.meta.dirname, '..', '..');
const { values: args } = parseArgs({
  options: {
    check: { type: 'boolean', default: false },
    only: { type: 'string', default: 'revocation,scale' },
    rounds: { type: 'string', default: '3' },
    connections: { type: 'string', default: '1000' },
    stores: { type: 'string', default: '10' },
    minutes: { type: 'string', default: '3' },
    'caller-rate': { type: 'string', default: '1.5' },
    timeout: { type: 'string', default: '900' },
  },
});
const only = new Set(args.only.split(',').map((name) => name.trim()));
const resultsFile = path.join(root, 'bench-results', 'checks.json');
const log = (message) => console.error(`bench:checks: ${message}`);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const quota = { requests: 150, windowMs: 30_000 };

/** A server on a throwaway SQLite database, signed in, with `env`. */
async function benchServer(env) {
  const dataDir = temporaryDataDir();
  const { logger, close: closeLog } = nullLogger();
  const config = { ...loadConfig({ DATA_DIR: dataDir, OWNER_EMAIL: testOwner.email, OWNER_PASSWORD: testOwner.password, WEBHOOKS_ALLOW_PRIVATE: 'true', ...env }), port: 0 };
  const running = await startServer(config, logger, { rateLimitPerMinute: 1e9 });
  const close = async () => {
    forget();
    await running.close();
    closeLog();
    rmSync(dataDir, { recursive: true, force: true });
  };
  const forget = onCleanup(close);
  const signedIn = await signIn(running.url, config.publicUrl);
  const send = async (method, route, body) => {
    const response = await fetch(`${running.url}${route}`, { method, headers: { 'content-type': 'application/json', ...signedIn }, ...(body ? { body: JSON.stringify(body) } : {}) });
    if (!response.ok) throw new Error(`${method} ${route} answered ${response.status}: ${await response.text()}`);
    return response.status === 204 ? undefined : response.json();
  };
  return { running, send, close };
}

/** A receiver of webhooks: resolves `waitFor(predicate)` with the time the first matching, verified event arrived. */
async function receiver() {
  const events = [];
  const server = createServer((request, response) => {
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', () => {
      events.push({ at: performance.now(), headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
      response.writeHead(200).end();
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const forget = onCleanup(() => server.close());
  return {
    url: `http://127.0.0.1:${server.address().port}/hooks`,
    async waitFor(secret, predicate, sinceIndex, limitMs) {
      const started = performance.now();
      for (;;) {
        const found = events.slice(sinceIndex).find((entry) => predicate(new Webhook(secret).verify(entry.body, entry.headers)));
        if (found) return found.at;
        if (performance.now() - started > limitMs) throw new Error(`no matching event within ${limitMs} ms`);
        await sleep(50);
      }
    },
    count: () => events.length,
    close: () => {
      forget();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

async function measureRevocation() {
  const simulator = await startSimulatorServer({ apps: [demoAppRegistration('http://127.0.0.1:1')] });
  const forgetSimulator = onCleanup(() => simulator.close());
  const hooks = await receiver();
  const server = await benchServer({ BIGCOMMERCE_API_URL: simulator.url, BIGCOMMERCE_LOGIN_URL: simulator.url, CHECK_INTERVAL: '10s' });
  try {
    const account = bigcommerceApiAccounts.find((candidate) => candidate.storeHash === PLUMTREE_STORE_HASH);
    const control = (what) => fetch(`${simulator.url}/__simulator/${what}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ accessToken: account.accessToken }) });
    const { secret } = await server.send('POST', '/api/webhooks', { url: hooks.url, events: ['connection.status_changed'] });
    await server.send('POST', '/api/connections', { name: 'Plumtree', authType: 'token', accessToken: account.accessToken, clientId: account.clientId, storeHash: PLUMTREE_STORE_HASH });
    const rounds = [];
    for (let round = 0; round < Number(args.rounds); round += 1) {
      const before = hooks.count();
      await control('revoke');
      const revoked = performance.now();
      const received = await hooks.waitFor(secret, (event) => event.data.connection?.status?.code === 'unauthorized', before, 60_000);
      const back = hooks.count();
      await control('restore');
      const restored = performance.now();
      const online = await hooks.waitFor(secret, (event) => event.data.connection?.status?.state === 'online', back, 120_000);
      rounds.push({ revokedToEventMs: Math.round(received - revoked), restoredToEventMs: Math.round(online - restored) });
      log(`revocation round ${round + 1}: the event ${rounds.at(-1).revokedToEventMs} ms after the revoke, online again ${rounds.at(-1).restoredToEventMs} ms after the restore`);
    }
    return { intervalMs: 10_000, rounds, longestMs: Math.max(...rounds.map((entry) => entry.revokedToEventMs)) };
  } finally {
    await server.close();
    await hooks.close();
    forgetSimulator();
    await simulator.close();
  }
}

/** api.bigcommerce.com for `stores` stores at 150 requests per 30 s, counting each window's calls by who made them. */
async function storeWorld(stores) {
  setSimulatorQuota(quota);
  const windows = new Map();
  const tally = (hash, resetMs, kind, refused) => {
    const start = Math.round((Date.now() + resetMs - quota.windowMs) / 100);
    const key = `${hash} ${start}`;
    const entry = windows.get(key) ?? { hash, check: 0, caller: 0, refusedCheck: 0, refusedCaller: 0 };
    entry[refused ? (kind === 'check' ? 'refusedCheck' : 'refusedCaller') : kind] += 1;
    windows.set(key, entry);
  };
  const server = createServer((request, response) => {
    const [, hash, ...rest] = (request.url ?? '').split('?')[0].split('/').filter(Boolean);
    const resource = `/${rest.join('/')}`;
    const kind = resource === '/v2/store' || resource === '/v3/catalog/summary' ? 'check' : 'caller';
    const decision = takeRequest(hash, quota);
    const resetMs = Number(decision.headers['X-Rate-Limit-Time-Reset-Ms']);
    tally(hash, resetMs, kind, !decision.allowed);
    if (!decision.allowed) return void response.writeHead(429, { 'content-type': 'application/json', ...decision.headers }).end('{"status":429,"title":"Too Many Requests"}');
    const body = resource === '/v2/store' ? { name: `Store ${hash}`, plan_name: 'Plus' } : { data: resource === '/v3/catalog/summary' ? {} : [], meta: {} };
    response.writeHead(200, { 'content-type': 'application/json', ...decision.headers }).end(JSON.stringify(body));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const forget = onCleanup(() => server.close());
  const close = () => {
    forget();
    return new Promise((resolve) => server.close(() => resolve()));
  };
  return { url: `http://127.0.0.1:${server.address().port}`, hashes: Array.from({ length: stores }, (_, index) => `bench${String(index).padStart(3, '0')}`), windows, close };
}

async function measureScale() {
  const stores = Number(args.stores);
  const perStore = Math.round(Number(args.connections) / stores);
  const world = await storeWorld(stores);
  const server = await benchServer({ BIGCOMMERCE_API_URL: world.url, BIGCOMMERCE_LOGIN_URL: world.url, CHECK_INTERVAL: '1m' });
  try {
    const { deps } = server.running;
    const started = Date.now();
    const firstOf = [];
    for (const [storeIndex, hash] of world.hashes.entries()) {
      for (let index = 0; index < perStore; index += 1) {
        const input = tokenConnectionInputSchema.parse({ name: `Store ${hash} connection ${index}`, authType: 'token', accessToken: `tok${storeIndex}x${index}AbCdEfGhIjKlMnOpQrStUv`, clientId: 'benchclient', storeHash: hash });
        const saved = await deps.connections.insert(await buildConnectionRecord(deps.cipher, input, newStamp(nowIso())));
        if (index === 0) firstOf.push(saved.record.id);
      }
    }
    log(`scale: ${perStore * stores} connections over ${stores} stores saved in ${Date.now() - started} ms`);
    // One caller per store, each with a key of its own: one key shared by all ten would meet the
    // proxy's own per-key limit (PROXY_KEY_LIMIT_PER_MINUTE, 600) before any store's quota.
    const secrets = [];
    for (const [index, id] of firstOf.entries()) secrets.push((await server.send('POST', '/api/api-keys', { name: `Caller ${index}`, connections: [id], access: 'read' })).secret);
    const deadline = Date.now() + Number(args.minutes) * 60_000;
    const callers = { calls: 0, saw429: 0, other: 0 };
    const interval = 1000 / Number(args['caller-rate']);
    await Promise.all(
      firstOf.map(async (id, index) => {
        for (let next = Date.now(); Date.now() < deadline; next += interval) {
          await sleep(Math.max(0, next - Date.now()));
          const response = await fetch(`${server.running.url}/proxy/${id}/v3/catalog/products?limit=5`, { headers: { Authorization: `Bearer ${secrets[index]}` } });
          await response.arrayBuffer();
          callers.calls += 1;
          if (response.status === 429 && response.headers.has('x-proxy-error')) callers.other += 1;
          else if (response.status === 429) callers.saw429 += 1;
          else if (response.status !== 200) callers.other += 1;
        }
      }),
    );
    const checked = await everyConnection(deps.connections);
    const lastChecked = new Map();
    for (const record of checked) {
      const at = record.status.checkedAt ? Date.parse(record.status.checkedAt) : undefined;
      const entry = lastChecked.get(record.storeHash) ?? { never: 0, oldest: Infinity };
      if (at === undefined || record.status.state === 'untested') entry.never += 1;
      else entry.oldest = Math.min(entry.oldest, at);
      lastChecked.set(record.storeHash, entry);
    }
    const windows = [...world.windows.values()];
    const shares = windows.map((entry) => (entry.check + entry.caller > 0 ? entry.check / quota.requests : 0));
    return {
      connections: perStore * stores,
      stores,
      minutes: Number(args.minutes),
      callerRate: Number(args['caller-rate']),
      windows: windows.length,
      maxCheckShare: Number(Math.max(...shares).toFixed(3)),
      checkCalls: windows.reduce((sum, entry) => sum + entry.check, 0),
      callerCallsAtBigCommerce: windows.reduce((sum, entry) => sum + entry.caller, 0),
      refusedChecks: windows.reduce((sum, entry) => sum + entry.refusedCheck, 0),
      refusedCallers: windows.reduce((sum, entry) => sum + entry.refusedCaller, 0),
      callers,
      stillUnchecked: [...lastChecked.values()].reduce((sum, entry) => sum + entry.never, 0),
      perStoreChecksPerMinute: Number((windows.reduce((sum, entry) => sum + entry.check, 0) / 2 / stores / Number(args.minutes)).toFixed(1)),
    };
  } finally {
    await server.close();
    await world.close();
  }
}

function render(results) {
  const { meta, revocation, scale } = results;
  const out = [`Measured ${meta.date} on ${meta.cpus} CPUs (load average ${meta.loadAverage.join(' / ')} at the start, ${meta.loadAverageAfter.join(' / ')} at the end), Node ${meta.node}, commit ${meta.commit}${meta.dirty ? ' + uncommitted changes' : ''}.`, ''];
  if (revocation) {
    out.push('### A token revoked: CHECK_INTERVAL=10s, the simulator, a receiver verifying each signature', '');
    out.push(table(['Round', 'Revoked → signed event (offline)', 'Restored → signed event (online)'], revocation.rounds.map((round, index) => [String(index + 1), `${round.revokedToEventMs} ms`, `${round.restoredToEventMs} ms`])));
    out.push('', `Longest: **${revocation.longestMs} ms** (budget: one interval + 10 s = 20,000 ms). Back online takes up to twice as long: a failing connection's next check is an interval away, and the restore may come just after a check.`, '');
  }
  if (scale) {
    out.push(`### ${scale.connections} connections over ${scale.stores} stores at 150 per 30 s, CHECK_INTERVAL=1m, one caller per store at ${scale.callerRate} a second, ${scale.minutes} min`, '');
    out.push(table(['Windows seen', 'Largest share of a window taken by checks', 'Check calls (refused)', 'Callers: calls, 429s seen, other', 'Checks per store and minute (2 calls each)', 'Never checked at the end'], [[String(scale.windows), `**${(scale.maxCheckShare * 100).toFixed(1)} %**`, `${scale.checkCalls} (${scale.refusedChecks})`, `${scale.callers.calls}, **${scale.callers.saw429}**, ${scale.callers.other}`, String(scale.perStoreChecksPerMinute), String(scale.stillUnchecked)]]));
    out.push('', `At most 20 % of 150 is 30 calls, 15 checks, a window: 30 checks a minute for each store's ${scale.connections / scale.stores} connections, so a round takes about ${((scale.connections / scale.stores) / 30).toFixed(1)} minutes there instead of one; each connection's page says when it was last checked.`, '');
  }
  return out.join('\n');
}

async function main() {
  const stopGuards = installGuards(Number(args.timeout) * 1000);
  mkdirSync(path.dirname(resultsFile), { recursive: true });
  const results = { meta: { ...runMeta(root, ['server', 'core', 'package.json']), options: { ...args } } };
  if (only.has('revocation')) results.revocation = await measureRevocation();
  if (only.has('scale')) results.scale = await measureScale();
  results.meta.loadAverageAfter = loadAverage();
  stopGuards();
  const { checks } = JSON.parse(readFileSync(path.join(root, 'bench', 'budgets.json'), 'utf8'));
  const checked = checkBudgets(results, checks.budgets.filter((budget) => budget.metric.split('.')[0] in results));
  results.budgets = checked;
  writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
  console.log(render(results));
  console.log(renderBudgets(checked));
  log(`figures in ${path.relative(root, resultsFile)}`);
  if (results.scale && results.scale.callers.other > 0) {
    log(`callers got ${results.scale.callers.other} answers other than 200 or 429: the measurement failed`);
    return 2;
  }
  const exceeded = exceededMessage(checked);
  if (exceeded) {
    log(exceeded);
    if (args.check) return 1;
  }
  return 0;
}

runMain('bench:checks', main);
