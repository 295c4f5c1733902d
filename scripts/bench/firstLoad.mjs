/**
 * The first load of /connections/new against the plain-HTML reference of the same form
 * (build.mjs writes it), measured in the same run, under the same conditions: a fresh context per
 * load, CPU slowdown 4x, 10 Mbit/s with 40 ms latency; pages alternating, `rounds` loads each.
 *
 * - usable: the frame that first paints an editable "Name your connection" (bytes.mjs's probe),
 *   in ms after navigation start;
 * - JavaScript arrived before usable: the gzip size (from the build) of each script whose response
 *   ended (Resource Timing `responseEnd`) before that frame;
 * - typed at once: the field takes focus as soon as it is in the page, and the bench types from
 *   the navigation on until the app has taken over (its Save button enabled) and a little after;
 *   the field must then hold exactly what it held after the last keystroke, or the run fails.
 *   How many keystrokes came before the takeover is kept, to show that typing did overlap it.
 */
import { referencePage } from './build.mjs';
import { median, round } from './stats.mjs';

export const NETWORK = { latencyMs: 40, downloadKbps: 10_000, uploadKbps: 10_000 };
const CPU_SLOWDOWN = 4;

/**
 * In the page, before any script: when the name field is first painted editable (it takes focus
 * at once, as a person's click would), the value after each keystroke that reached it, and when
 * the app took over (its Save button enabled).
 */
function probe() {
  const w = window;
  w.__benchInputs = 0;
  w.__benchInputsBeforeTakeover = 0;
  const observer = new MutationObserver(() => {
    const field = document.querySelector('input[name="name"]');
    if (w.__benchFieldSeen === undefined && field && !field.disabled && !field.readOnly) {
      w.__benchFieldSeen = performance.now();
      field.focus();
      requestAnimationFrame(() => {
        w.__benchUsableAt = performance.now();
      });
    }
    const save = document.querySelector('form button[type="submit"]');
    if (w.__benchHydratedAt === undefined && save && !save.disabled && w.__benchFieldSeen !== undefined) w.__benchHydratedAt = performance.now();
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['disabled'] });
  addEventListener(
    'input',
    (event) => {
      if (!(event.target instanceof HTMLInputElement) || event.target.name !== 'name') return;
      w.__benchTyped = event.target.value;
      w.__benchFirstKeyAt ??= performance.now();
      w.__benchInputs += 1;
      if (w.__benchHydratedAt === undefined) w.__benchInputsBeforeTakeover += 1;
    },
    true,
  );
}

const CHUNK = 'typed at once ';

async function loadOnce(browser, { url, gzipOf, isApp }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    await context.addInitScript(probe);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: NETWORK.latencyMs,
      downloadThroughput: (NETWORK.downloadKbps * 1000) / 8,
      uploadThroughput: (NETWORK.uploadKbps * 1000) / 8,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await page.goto(url, { waitUntil: 'commit' });
    // Typing from the start: keys before the field exists are lost (as a person's would be), the
    // rest must stay. Until the app has taken over and some keys have come after it.
    const deadline = Date.now() + 30_000;
    for (;;) {
      await page.keyboard.type(CHUNK, { delay: 20 });
      const state = await page.evaluate(() => ({ inputs: window.__benchInputs, hydrated: window.__benchHydratedAt !== undefined }));
      if (state.inputs > 0 && (!isApp || state.hydrated)) break;
      if (Date.now() > deadline) throw new Error(`first load of ${url}: ${state.inputs ? 'the app did not take over' : 'no keystroke reached the name field'} within 30 s`);
    }
    await page.keyboard.type(CHUNK, { delay: 20 });
    await page.waitForTimeout(300); // any write the takeover would still make
    const value = await page.locator('#field-name').inputValue();
    const timing = await page.evaluate(() => ({
      usableAt: window.__benchUsableAt,
      firstKeyAt: window.__benchFirstKeyAt ?? null,
      hydratedAt: window.__benchHydratedAt ?? null,
      typed: window.__benchTyped ?? '',
      inputsBeforeTakeover: window.__benchInputsBeforeTakeover,
      scripts: performance
        .getEntriesByType('resource')
        .filter((entry) => /\.m?js$/.test(new URL(entry.name).pathname))
        .map((entry) => [new URL(entry.name).pathname.replace(/^\//, ''), entry.responseEnd]),
    }));
    const arrived = timing.scripts.filter(([, end]) => end > 0 && end < timing.usableAt);
    return {
      usableMs: round(timing.usableAt),
      firstKeyMs: round(timing.firstKeyAt),
      hydratedMs: round(timing.hydratedAt),
      keysBeforeTakeover: timing.inputsBeforeTakeover,
      typedSurvived: timing.typed.length > 0 && value === timing.typed,
      value,
      expected: timing.typed,
      jsArrivedBeforeUsableGzip: arrived.reduce((sum, [file]) => sum + (gzipOf.get(file) ?? 0), 0),
      scriptsArrivedBeforeUsable: arrived.map(([file]) => file),
    };
  } finally {
    await context.close();
  }
}

export async function measureFirstLoad(browser, { baseUrl, files, rounds, log }) {
  const gzipOf = new Map(files.map((file) => [file.file, file.gzip]));
  const app = [];
  const reference = [];
  for (let round_ = 0; round_ < rounds; round_ += 1) {
    reference.push(await loadOnce(browser, { url: `${baseUrl}/${referencePage}`, gzipOf, isApp: false }));
    const load = await loadOnce(browser, { url: `${baseUrl}/connections/new`, gzipOf, isApp: true });
    app.push(load);
    log(
      `  first load ${round_ + 1}/${rounds}: usable ${load.usableMs} ms (reference ${reference.at(-1).usableMs} ms), first keystroke in the field ${load.firstKeyMs} ms, app took over ${load.hydratedMs} ms (${load.keysBeforeTakeover} keystrokes before), JS before usable ${load.jsArrivedBeforeUsableGzip} B`,
    );
    if (!load.typedSurvived) throw new Error(`typed "${load.expected}" from the first paint on, but the name field holds "${load.value}" after the app took over`);
  }
  const usable = median(app.map((l) => l.usableMs));
  const referenceUsable = median(reference.map((l) => l.usableMs));
  return {
    rounds,
    cpuSlowdown: CPU_SLOWDOWN,
    network: NETWORK,
    app: {
      usableMsMedian: round(usable),
      jsArrivedBeforeUsableGzipMax: Math.max(...app.map((l) => l.jsArrivedBeforeUsableGzip)),
      typedSurvivedAll: app.every((l) => l.typedSurvived),
      typedBeforeTakeover: app.filter((l) => l.keysBeforeTakeover > 0).length,
      hydratedMsMedian: round(median(app.map((l) => l.hydratedMs))),
      runs: app,
    },
    reference: { usableMsMedian: round(referenceUsable), runs: reference },
    usableRatio: round(usable / referenceUsable, 2),
  };
}
