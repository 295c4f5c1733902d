#!/usr/bin/env node
/**
 * node scripts/bench/renders.mjs — which components render per keystroke, by name.
 *
 * A diagnostic beside the benchmark, not part of it: builds without minification (so component
 * names survive) into bench-results/dist-names, serves it on port 4320, types a few characters
 * into each field of /connections/new and prints the components each keystroke rendered.
 */
import path from 'node:path';
import { launchBenchBrowser } from './browser.mjs';
import { buildForBench } from './build.mjs';
import { chooseSection, closeDialog, FIELDS, openDialog, openForm } from './interaction.mjs';
import { exitAfterCleanup, installGuards, isStopping, onCleanup, sleep } from './proc.mjs';
import { startPreview } from './server.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const outDir = path.join(root, 'bench-results', 'dist-names');
const KEYS = 5;

function summary(data, per) {
  const counts = new Map();
  for (const name of data.names ?? []) counts.set(name, (counts.get(name) ?? 0) + 1);
  const total = (data.names ?? []).length;
  const list = [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([name, count]) => `${name}×${Number((count / per).toFixed(1))}`)
    .join(', ');
  return `${Number((total / per).toFixed(1))} (${data.commits.length} commits): ${list || 'none'}`;
}

async function main() {
  const stopGuards = installGuards(180_000);
  console.error('renders: unminified build → bench-results/dist-names');
  await buildForBench({ root, outDir, minify: false });
  const server = await startPreview({ root, outDir, port: 4320 });
  const browser = await launchBenchBrowser();
  onCleanup(() => browser.close());
  const { page } = await openForm(browser, server.url);
  const record = async (action) => {
    await page.evaluate(() => window.__bench.start({ countRenders: true, names: true }));
    await action();
    await sleep(500);
    return page.evaluate(() => window.__bench.stop());
  };

  console.log(`Components rendered per keystroke (${KEYS} keystrokes per field), and per click:\n`);
  let section = null;
  let dialogOpen = false;
  for (const field of FIELDS) {
    if (!field.dialog && dialogOpen) {
      await closeDialog(page);
      dialogOpen = false;
    }
    if (field.section && field.section !== section) {
      const data = await record(() => chooseSection(page, field.section));
      console.log(`- click auth type ${field.section}: ${summary(data, 1)}`);
      section = field.section;
    }
    if (field.dialog && !dialogOpen) {
      const data = await record(() => openDialog(page));
      console.log(`- click "Create OAuth 2.0 client": ${summary(data, 1)}`);
      dialogOpen = true;
    }
    await page.locator(field.selector).click();
    await sleep(200);
    const data = await record(() => page.keyboard.type(field.text.slice(0, KEYS), { delay: 50 }));
    console.log(`- ${field.label}: ${summary(data, KEYS)}`);
  }
  await server.stop();
  stopGuards();
  return 0;
}

main().then(
  (code) => exitAfterCleanup(code),
  (error) => {
    if (isStopping()) return; // the signal or time-limit handler is already ending the run
    console.error(`renders: failed: ${error?.stack ?? error}`);
    void exitAfterCleanup(2);
  },
);
