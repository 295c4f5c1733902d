#!/usr/bin/env node
/**
 * npm run bench [-- --check] [--lh-runs 3] [--passes 2] [--name-rounds 10] [--rounds 10] [--load-rounds 5] [--timeout 600] [--port 4319] [--only bytes,firstLoad,interactions,lighthouse]
 *
 * Always builds first (vite build into bench-results/dist: about a second, and the figures are
 * then those of the tree as it is), serves it with `vite preview` on port 4319, measures in
 * headless Chromium, prints Markdown tables, writes bench-results/bench.json and compares the
 * figures with bench/budgets.json. With --check, exits 1 when a budget is exceeded.
 * Exit codes: 0 ok, 1 budget exceeded (--check), 2 the measurement failed, 3 over time, 130 signal.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromePath, launchBenchBrowser } from './browser.mjs';
import { buildForBench, buildTotals } from './build.mjs';
import { measureBytes } from './bytes.mjs';
import { measureFirstLoad } from './firstLoad.mjs';
import { measureInteractions } from './interaction.mjs';
import { runLighthouse } from './lighthouse.mjs';
import { gitInfo } from './git.mjs';
import { cleanup, installGuards, onCleanup, runMain } from './proc.mjs';
import { checkBudgets, exceededMessage, renderReport } from './report.mjs';
import { startPreview } from './server.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const { values: args } = parseArgs({
  options: {
    check: { type: 'boolean', default: false },
    'lh-runs': { type: 'string', default: '3' },
    passes: { type: 'string', default: '2' },
    'name-rounds': { type: 'string', default: '10' },
    rounds: { type: 'string', default: '10' },
    'load-rounds': { type: 'string', default: '5' },
    timeout: { type: 'string', default: '600' },
    port: { type: 'string', default: '4319' },
    only: { type: 'string', default: 'bytes,firstLoad,interactions,lighthouse' },
  },
});
const outDir = path.join(root, 'bench-results', 'dist');
const resultsFile = path.join(root, 'bench-results', 'bench.json');
const budgetsFile = path.join(root, 'bench', 'budgets.json');
const log = (message) => console.error(message);
// Bytes are always measured (the build is made anyway); --only interactions,lighthouse chooses the rest.
const only = new Set(['bytes', ...args.only.split(',').map((name) => name.trim())]);

function chromiumVersion() {
  try {
    return execFileSync(chromePath, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'Chromium (version unknown)';
  }
}

async function main() {
  const stopGuards = installGuards(Number(args.timeout) * 1000);
  if (!existsSync(chromePath)) throw new Error(`No Chromium at ${chromePath}: run \`bash scripts/ensure-deps.sh --browser\` or set CHROMIUM_PATH.`);
  mkdirSync(path.dirname(resultsFile), { recursive: true });
  const started = Date.now();
  const results = {
    meta: {
      date: new Date().toISOString(),
      cpus: os.cpus().length,
      loadAverage: os.loadavg().map((l) => Number(l.toFixed(2))),
      node: process.version,
      chromium: chromiumVersion(),
      ...gitInfo(root, ['src', 'mocks', 'index.html', 'vite.config.ts', 'package.json']),
      options: { lighthouseRuns: Number(args['lh-runs']), typingPasses: Number(args.passes), nameRounds: Number(args['name-rounds']), switchRounds: Number(args.rounds), loadRounds: Number(args['load-rounds']) },
    },
  };

  const phases = {};
  const phase = async (name, fn) => {
    const t0 = Date.now();
    try {
      return await fn();
    } finally {
      phases[name] = Math.round((Date.now() - t0) / 100) / 10;
    }
  };
  results.meta.phasesS = phases;

  log('bench: vite build → bench-results/dist');
  const build = await phase('build', () => buildForBench({ root, outDir }));
  results.build = { buildMs: build.buildMs, files: build.files, chunks: build.chunks };

  log(`bench: vite preview on port ${args.port}`);
  const server = await startPreview({ root, outDir, port: Number(args.port) });

  const browser = await launchBenchBrowser();
  const forgetBrowser = onCleanup(() => browser.close());
  try {
    log('bench: bytes before the form is usable');
    const ready = await phase('bytes', () => measureBytes(browser, { baseUrl: server.url, kinds: build.kinds }));
    results.bytes = { ready, build: buildTotals(build.files) };
    if (only.has('firstLoad')) {
      log('bench: first load against the plain-HTML reference (4x CPU, 10 Mbit/s, 40 ms)');
      results.firstLoad = await phase('firstLoad', () =>
        measureFirstLoad(browser, { baseUrl: server.url, files: build.files, rounds: Number(args['load-rounds']), log }),
      );
    }
    if (only.has('interactions')) {
      log('bench: typing, rendering and switching at 4x CPU slowdown');
      results.interactions = await phase('interactions', () =>
        measureInteractions(browser, { baseUrl: server.url, passes: Number(args.passes), nameRounds: Number(args['name-rounds']), switchRounds: Number(args.rounds), log }),
      );
    }
  } finally {
    forgetBrowser();
    await browser.close();
  }

  if (only.has('lighthouse')) log('bench: Lighthouse');
  if (only.has('lighthouse')) results.lighthouse = await phase('lighthouse', () =>
    runLighthouse({
      baseUrl: server.url,
      pages: [
        { key: 'home', path: '/' },
        { key: 'new', path: '/connections/new' },
      ],
      runs: Number(args['lh-runs']),
      chromePath,
      log,
    }),
  );
  await cleanup(); // the preview server
  results.meta.durationS = Math.round((Date.now() - started) / 1000);
  stopGuards();

  // With --only, the budgets of the phases left out are not checked (and not reported as missing).
  const budgets = JSON.parse(readFileSync(budgetsFile, 'utf8')).budgets.filter((budget) => only.has(budget.metric.split('.')[0]));
  const checked = checkBudgets(results, budgets);
  results.budgets = checked;
  writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);

  console.log(renderReport(results, checked));
  log(`bench: ${results.meta.durationS} s; figures in ${path.relative(root, resultsFile)}`);
  const exceeded = exceededMessage(checked);
  if (exceeded) {
    log(`bench: ${exceeded}`);
    if (args.check) return 1;
  }
  return 0;
}

runMain('bench', main);
