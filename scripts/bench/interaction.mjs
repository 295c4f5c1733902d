/**
 * Typing, re-rendering and switching on /connections/new at 4x CPU slowdown, measured in the page
 * by inpage.js (see there for how).
 */
import { readFileSync } from 'node:fs';
import { median, percentile, resampledComparison, round } from './stats.mjs';
import { sleep } from './proc.mjs';
import { floorPage, referencePage } from './build.mjs';

const INPAGE = readFileSync(new URL('./inpage.js', import.meta.url), 'utf8');
export const CPU_SLOWDOWN = 4;
export const TYPING_DELAY_MS = 50; // between keydown and keyup: about one keystroke every 60-80 ms, a fast typist
/** Render counts repeat from keystroke to keystroke: the counting pass types fewer. */
const COUNTING_CHARACTERS = 10;

export const RADIO = { oauth2: '#field-authType', basic: '#field-authType-basic', token: '#field-authType-token' };
/** The first field of each auth type's section (the section remounts, so this is a new element). */
const FIRST_FIELD = {
  oauth2: '[data-auth-type="oauth2"] #field-storeHash',
  basic: '[data-auth-type="basic"] #field-username',
  token: '[data-auth-type="token"] #field-accessToken',
};
const DIALOG_FIRST_FIELD = '#oauth-client-name';

/** 30 characters each, all on the US layout so that each is a real keydown/keyup. */
export const FIELDS = [
  { key: 'name', label: 'Name your connection', selector: '#field-name', section: null, text: 'production store eu west 2026a' },
  { key: 'storeHash', label: 'Store hash', selector: FIRST_FIELD.oauth2, section: 'oauth2', text: 'abc123def4ghi567jkl890mno12pq3' },
  { key: 'scopesFilter', label: 'Filter scopes', selector: '#field-scopes', section: 'oauth2', text: 'customers orders products info' },
  { key: 'dialogName', label: 'OAuth client dialog: Name', selector: '#oauth-client-name', section: 'oauth2', dialog: true, text: 'storefront app for eu stores 1' },
  { key: 'dialogClientId', label: 'OAuth client dialog: Client ID', selector: '#oauth-client-clientId', section: 'oauth2', dialog: true, text: 'k3j4h5g6f7d8s9a0q1w2e3r4t5y6u7' },
  { key: 'dialogClientSecret', label: 'OAuth client dialog: Client secret', selector: '#oauth-client-clientSecret', section: 'oauth2', dialog: true, text: 'z9x8c7v6b5n4m3l2k1j0h9g8f7d6s5' },
  { key: 'accessToken', label: 'Access token', selector: '#field-accessToken', section: 'token', text: 'a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5' },
  { key: 'clientId', label: 'Client ID', selector: '#field-clientId', section: 'token', text: 'p0o9i8u7y6t5r4e3w2q1a2s3d4f5g6' },
  { key: 'username', label: 'Username', selector: '#field-username', section: 'basic', text: 'q1w2e3r4t5y6u7i8o9p0a1s2d3f4g5' },
  { key: 'password', label: 'Password', selector: '#field-password', section: 'basic', text: 'h6j7k8l9z0x1c2v3b4n5m6q7w8e9r0' },
];

export async function openForm(browser, baseUrl) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript({ content: INPAGE });
  const page = await context.newPage();
  const listAnswered = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/connections', { timeout: 30_000 });
  await page.goto(`${baseUrl}/connections/new`);
  await page.getByLabel('Name your connection').waitFor({ state: 'visible', timeout: 30_000 });
  await page.waitForFunction(() => Boolean(window.mockBackend && window.__bench), null, { timeout: 30_000 });
  await listAnswered;
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  await sleep(500);
  return { context, page };
}

export async function chooseSection(page, section) {
  await page.locator(RADIO[section]).check();
  await page.locator(FIRST_FIELD[section]).waitFor({ state: 'visible' });
  if (section === 'oauth2') {
    // The OAuth 2.0 client list loads with the section; let it land before timing anything.
    await page.waitForFunction(() => !document.querySelector('#field-oauthClientId[aria-busy="true"]'), null, { timeout: 15_000 });
  }
}

export async function openDialog(page) {
  await page.getByRole('button', { name: 'Create OAuth 2.0 client' }).click();
  await page.locator(DIALOG_FIRST_FIELD).waitFor({ state: 'visible' });
}

export async function closeDialog(page) {
  await page.keyboard.press('Escape');
  await page.locator('dialog[open]').waitFor({ state: 'detached', timeout: 10_000 });
}

/** One keystroke's figures from the in-page records. */
function keystrokes(data) {
  const keys = data.keys;
  return keys.map((key, index) => {
    const end = index + 1 < keys.length ? keys[index + 1].ts : Infinity;
    const entry = data.events.find((e) => e.name === 'keydown' && Math.abs(e.startTime - key.ts) < 0.5);
    const rafMs = key.paint === null ? null : key.paint - key.ts;
    const renders = data.commits.filter((c) => c.t >= key.ts && c.t < end).reduce((total, c) => total + c.n, 0);
    const commits = data.commits.filter((c) => c.t >= key.ts && c.t < end).length;
    // Event Timing (input delay + processing + presentation, in 8 ms steps) reports only
    // keystrokes of 16 ms or more, and Chromium 156 sometimes reports none at all for a field
    // (seen for Access token after the OAuth 2.0 section). When it reports the keystroke, that is
    // the figure; otherwise the next-paint approximation.
    const value = entry ? entry.duration : rafMs;
    return { eventTimingMs: entry ? entry.duration : null, rafMs, ms: value, renders, commits };
  });
}

async function typingPass(browser, baseUrl, { countRenders, log, fields = FIELDS }) {
  const { context, page } = await openForm(browser, baseUrl);
  const eventTiming = await page.evaluate(() => window.__bench.eventTiming);
  const perField = {};
  let section = null;
  let dialogOpen = false;
  try {
    for (const field of fields) {
      if (!field.dialog && dialogOpen) {
        await closeDialog(page);
        dialogOpen = false;
      }
      if (field.section && field.section !== section) {
        await chooseSection(page, field.section);
        section = field.section;
      }
      if (field.dialog && !dialogOpen) {
        await openDialog(page);
        dialogOpen = true;
      }
      const input = page.locator(field.selector);
      await input.click();
      await sleep(300);
      await page.evaluate((options) => window.__bench.start(options), { countRenders });
      const text = countRenders ? field.text.slice(0, COUNTING_CHARACTERS) : field.text;
      await page.keyboard.type(text, { delay: TYPING_DELAY_MS });
      await sleep(500); // trailing renders (deferred values) and Event Timing entries
      const data = await page.evaluate(() => window.__bench.stop());
      const typed = await input.inputValue();
      if (typed !== text) log(`  warning: ${field.label} holds "${typed}" after typing "${text}"`);
      perField[field.key] = keystrokes(data);
    }
    if (dialogOpen) await closeDialog(page);
  } finally {
    await context.close();
  }
  return { eventTiming, perField };
}

/** One pass of the Name field's keystrokes on the app, as in a latency pass (a fresh page, Name typed first). */
export async function appNameTypingPass(browser, baseUrl, log) {
  return (await typingPass(browser, baseUrl, { countRenders: false, log, fields: [FIELDS[0]] })).perField[FIELDS[0].key];
}

/**
 * One pass of the name field's keystrokes on a comparison page (the plain-HTML reference, or the
 * React floor: bench/floor.js), measured as on the app's.
 */
export async function nameTypingPass(browser, baseUrl, { page: pagePath, react }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript({ content: INPAGE });
  try {
    const page = await context.newPage();
    await page.goto(`${baseUrl}/${pagePath}`);
    await page.waitForFunction(() => Boolean(window.__bench), null, { timeout: 30_000 });
    const field = FIELDS[0];
    if (react) {
      // The floor's input is React's once its fiber is on the element.
      await page.waitForFunction((selector) => Object.keys(document.querySelector(selector) ?? {}).some((key) => key.startsWith('__reactFiber')), field.selector, { timeout: 30_000 });
    }
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await sleep(500);
    await page.locator(field.selector).click();
    await sleep(300);
    await page.evaluate(() => window.__bench.start({ countRenders: false }));
    await page.keyboard.type(field.text, { delay: TYPING_DELAY_MS });
    await sleep(500);
    const typed = await page.locator(field.selector).inputValue();
    if (typed !== field.text) throw new Error(`${pagePath}: the Name field holds "${typed}" after typing "${field.text}"`);
    const held = react ? await page.evaluate(() => window.benchFloorValue?.()) : field.text;
    if (held !== field.text) throw new Error(`${pagePath}: react-hook-form holds "${held}" after typing "${field.text}"`);
    return keystrokes(await page.evaluate(() => window.__bench.stop()));
  } finally {
    await context.close();
  }
}

/** Keystroke figures of one page's Name field: Event Timing (8 ms steps) and next paint. */
function nameFigures(keys) {
  return {
    keys: keys.length,
    medianMs: round(median(keys.map((k) => k.ms))),
    p95Ms: round(percentile(keys.map((k) => k.ms), 95)),
    nextPaintMedianMs: round(median(keys.map((k) => k.rafMs))),
    nextPaintP95Ms: round(percentile(keys.map((k) => k.rafMs), 95)),
  };
}

/**
 * `page`'s Name keystrokes against `base`'s: median difference and p95 ratio, by both measures, and
 * the 95 % intervals of the next-paint pair by resampling the keystrokes (what chance alone moves).
 */
function compared(page, base, pageKeys, baseKeys) {
  const nextPaint = (keys) => keys.map((k) => k.rafMs);
  return {
    resampled: resampledComparison(nextPaint(pageKeys), nextPaint(baseKeys)),
    medianOverMs: round(page.medianMs - base.medianMs),
    p95Ratio: round(page.p95Ms / base.p95Ms, 2),
    nextPaintMedianOverMs: round(page.nextPaintMedianMs - base.nextPaintMedianMs),
    nextPaintP95Ratio: round(page.nextPaintP95Ms / base.nextPaintP95Ms, 2),
  };
}

async function clickTimes(page, { selector, target, times, after }) {
  const results = [];
  for (let i = 0; i < times; i += 1) {
    await page.evaluate((s) => window.__bench.armClick(s), target);
    await page.locator(selector).click();
    const handle = await page.waitForFunction(() => window.__bench.clickResult(), null, { timeout: 10_000, polling: 50 });
    results.push((await handle.jsonValue()).ms);
    if (after) await after();
    await sleep(250);
  }
  return results;
}

async function switchingPass(browser, baseUrl, { rounds }) {
  const { context, page } = await openForm(browser, baseUrl);
  try {
    await chooseSection(page, 'oauth2');
    await sleep(300);
    const byTarget = { basic: [], token: [], oauth2: [] };
    for (let round = 0; round < rounds; round += 1) {
      for (const target of ['basic', 'token', 'oauth2']) {
        const [ms] = await clickTimes(page, { selector: RADIO[target], target: FIRST_FIELD[target], times: 1 });
        byTarget[target].push(ms);
      }
    }
    // Now on OAuth 2.0 again: open and close the client dialog.
    await page.waitForFunction(() => !document.querySelector('#field-oauthClientId[aria-busy="true"]'), null, { timeout: 15_000 });
    const dialog = await clickTimes(page, {
      selector: 'button:has-text("Create OAuth 2.0 client")',
      target: DIALOG_FIRST_FIELD,
      times: rounds,
      after: () => closeDialog(page),
    });
    return { byTarget, dialog };
  } finally {
    await context.close();
  }
}

export async function measureInteractions(browser, { baseUrl, passes, nameRounds, switchRounds, log }) {
  const latencyPasses = [];
  for (let pass = 0; pass < passes; pass += 1) {
    log(`  typing pass ${pass + 1}/${passes} (latency)`);
    latencyPasses.push(await typingPass(browser, baseUrl, { countRenders: false, log }));
  }
  // Counting walks the fiber tree on each commit, which costs time: a pass of its own.
  log('  typing pass (render counts)');
  const countPass = await typingPass(browser, baseUrl, { countRenders: true, log });

  const fields = {};
  const all = [];
  for (const field of FIELDS) {
    const keys = latencyPasses.flatMap((pass) => pass.perField[field.key] ?? []);
    const counted = countPass.perField[field.key] ?? [];
    all.push(...keys);
    fields[field.key] = {
      label: field.label,
      keys: keys.length,
      medianMs: round(median(keys.map((k) => k.ms))),
      p95Ms: round(percentile(keys.map((k) => k.ms), 95)),
      over16: keys.filter((k) => k.eventTimingMs !== null).length,
      // Keystrokes whose next paint came late by the approximation but that Event Timing did not
      // report: many would mean lost entries rather than fast keystrokes.
      unreportedSlow: keys.filter((k) => k.eventTimingMs === null && k.rafMs !== null && k.rafMs > 32).length,
      nextPaintMedianMs: round(median(keys.map((k) => k.rafMs))),
      nextPaintP95Ms: round(percentile(keys.map((k) => k.rafMs), 95)),
      rendersMedian: median(counted.map((k) => k.renders)),
      rendersMax: counted.length ? Math.max(...counted.map((k) => k.renders)) : null,
      commitsMedian: median(counted.map((k) => k.commits)),
      commitsMax: counted.length ? Math.max(...counted.map((k) => k.commits)) : null,
    };
  }

  // The Name field on three pages, in rounds that alternate them so that all three share what the
  // machine is doing: the app (a fresh page, Name typed first, as in a latency pass), the reference
  // (the plain-HTML page of the form, no script at all) and the floor (that page with only the Name
  // input React's: bench/floor.js).
  const appNameKeys = [];
  const referenceKeys = [];
  const floorKeys = [];
  for (let round = 0; round < nameRounds; round += 1) {
    log(`  Name field, round ${round + 1}/${nameRounds}: the app, the plain-HTML reference, the React floor`);
    appNameKeys.push(...(await appNameTypingPass(browser, baseUrl, log)));
    referenceKeys.push(...(await nameTypingPass(browser, baseUrl, { page: referencePage, react: false })));
    floorKeys.push(...(await nameTypingPass(browser, baseUrl, { page: floorPage, react: true })));
  }
  const app = { page: 'connections/new', field: FIELDS[0].label, ...nameFigures(appNameKeys) };
  const reference = { page: referencePage, field: FIELDS[0].label, ...nameFigures(referenceKeys) };
  const floor = { page: floorPage, field: FIELDS[0].label, ...nameFigures(floorKeys) };
  const againstReference = compared(app, reference, appNameKeys, referenceKeys);
  const floorAgainstReference = compared(floor, reference, floorKeys, referenceKeys);
  const againstFloor = compared(app, floor, appNameKeys, floorKeys);

  log(`  switching auth type and opening the OAuth client dialog (${switchRounds} rounds)`);
  const switching = await switchingPass(browser, baseUrl, { rounds: switchRounds });
  const switchAll = Object.values(switching.byTarget).flat();
  return {
    cpuSlowdown: CPU_SLOWDOWN,
    typingDelayMs: TYPING_DELAY_MS,
    passes,
    eventTimingSupported: latencyPasses[0]?.eventTiming ?? false,
    typing: {
      nameRounds,
      app,
      reference,
      floor,
      againstReference,
      floorAgainstReference,
      againstFloor,
      fields,
      overall: {
        keys: all.length,
        medianMs: round(median(all.map((k) => k.ms))),
        p95Ms: round(percentile(all.map((k) => k.ms), 95)),
        over16: all.filter((k) => k.eventTimingMs !== null).length,
      },
    },
    switching: {
      authType: {
        n: switchAll.length,
        medianMs: round(median(switchAll)),
        p95Ms: round(percentile(switchAll, 95)),
        byTarget: Object.fromEntries(Object.entries(switching.byTarget).map(([k, v]) => [k, round(median(v))])),
      },
      oauthDialog: { n: switching.dialog.length, medianMs: round(median(switching.dialog)), p95Ms: round(percentile(switching.dialog, 95)) },
    },
  };
}
