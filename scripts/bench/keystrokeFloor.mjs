#!/usr/bin/env node
/**
 * node scripts/bench/keystrokeFloor.mjs [--rounds 20] [--port 4320]
 *
 * Where a "Name your connection" keystroke's cost over plain HTML goes (docs/performance.md, issue
 * 10, eighth session). Types the Name field on five pages in alternating rounds, as the bench's
 * comparison rounds do (4x CPU slowdown, keystroke to next paint): the app; the plain-HTML
 * reference; the React floor (bench/floor.js: only that input React's, with react-hook-form); the
 * floor with the keystroke's events stopped at the input, so that React's root hears only their
 * capture phase; and the floor with them stopped in the window's capture phase, so that React
 * never hears them. Prints each page against the reference, with the interval chance alone gives.
 * A diagnosis, not a check: it has no budgets. Builds into bench-results/dist as `npm run bench` does.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launchBenchBrowser } from './browser.mjs';
import { buildForBench, floorPage, referencePage } from './build.mjs';
import { appNameTypingPass, nameTypingPass } from './interaction.mjs';
import { cleanup, onCleanup, runMain } from './proc.mjs';
import { median, percentile, resampledComparison, round } from './stats.mjs';
import { startPreview } from './server.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const { values: args } = parseArgs({ options: { rounds: { type: 'string', default: '20' }, port: { type: 'string', default: '4320' } } });
const log = (message) => console.error(message);

const pages = [
  { label: 'The app', app: true },
  { label: 'Plain-HTML reference', path: referencePage, react: false },
  { label: 'React floor', path: floorPage, react: true },
  { label: 'Floor, events stopped at the input', path: `${floorPage}?barrier=input`, react: true },
  { label: "Floor, events stopped in the window's capture phase", path: `${floorPage}?barrier=window`, react: true },
];

async function main() {
  const outDir = path.join(root, 'bench-results', 'dist');
  log('keystroke floor: vite build → bench-results/dist');
  await buildForBench({ root, outDir });
  const server = await startPreview({ root, outDir, port: Number(args.port) });
  const browser = await launchBenchBrowser();
  const forgetBrowser = onCleanup(() => browser.close());
  const keys = pages.map(() => []);
  try {
    for (let round = 0; round < Number(args.rounds); round += 1) {
      log(`  round ${round + 1}/${args.rounds}`);
      for (const [index, page] of pages.entries()) {
        const typed = page.app
          ? await appNameTypingPass(browser, server.url, log)
          : await nameTypingPass(browser, server.url, { page: page.path, react: page.react });
        keys[index].push(...typed.map((key) => key.rafMs));
      }
    }
  } finally {
    forgetBrowser();
    await browser.close();
  }
  await cleanup();

  const reference = keys[1];
  const interval = ([low, high], unit, digits) => `${round(low, digits)}${unit} to ${round(high, digits)}${unit}`;
  const lines = [
    `Name keystroke to next paint, 4x CPU slowdown, ${args.rounds} alternating rounds of 30 keystrokes per page`,
    '',
    '| Page | Keystrokes | Median | p95 | Median over the reference (chance alone) | p95 against the reference (chance alone) |',
    '|---|---:|---:|---:|---:|---:|',
  ];
  for (const [index, page] of pages.entries()) {
    const values = keys[index].filter((value) => typeof value === 'number');
    const resampled = resampledComparison(values, reference);
    const over = round(median(values) - median(reference));
    const ratio = round(percentile(values, 95) / percentile(reference, 95), 2);
    lines.push(
      `| ${page.label} | ${values.length} | ${round(median(values))} ms | ${round(percentile(values, 95))} ms | ${over} ms (${interval(resampled.medianOverMs, ' ms', 1)}) | ${ratio}x (${interval(resampled.p95Ratio, 'x', 2)}) |`,
    );
  }
  console.log(lines.join('\n'));
  return 0;
}

runMain('keystroke floor', main);
