/**
 * What the browser downloads for the create form: a fresh context opens /connections/new and
 * every JavaScript and CSS response is kept until the embedded backend has started and answered
 * the connections list the form checks names against ("loaded"). Of those, the files requested
 * before the form was usable count as "ready": usable is the frame in which the "Name your
 * connection" field, editable, is first painted (an in-page MutationObserver notes when the field
 * is in the DOM; the next animation frame's callbacks run just before it is painted; Resource
 * Timing gives each file's request time on the same clock). Bodies are gzipped with zlib here, whatever the preview
 * server sent, so the figure does not depend on its compression settings.
 */
import { gzipSize } from './build.mjs';
import { median } from './stats.mjs';

const typeOf = (url, contentType = '') => {
  const pathname = new URL(url).pathname;
  if (/\.css$/.test(pathname) || contentType.includes('text/css')) return 'css';
  if (/\.m?js$/.test(pathname) || contentType.includes('javascript')) return 'js';
  return null;
};

/** In the page, before any script: when the name field is first painted, editable. */
function noteWhenUsable() {
  const observer = new MutationObserver(() => {
    const field = document.querySelector('input[name="name"]');
    if (!field || field.disabled || field.readOnly) return;
    observer.disconnect();
    // Not the callback's argument: that is when the frame began, which can be before the field was inserted.
    requestAnimationFrame(() => {
      window.__benchUsableAt = performance.now();
    });
  });
  observer.observe(document, { subtree: true, childList: true });
}

async function loadOnce(browser, { baseUrl, chunkKinds }) {
  const context = await browser.newContext();
  await context.addInitScript(noteWhenUsable);
  const responses = [];
  let ready = false;
  const collect = (response) => {
    const type = typeOf(response.url(), response.headers()['content-type']);
    // Once the mock service worker controls the page, a request shows twice: the page's response
    // (served by the worker) and the worker's own fetch. Only the latter went over the network.
    if (!type || response.fromServiceWorker()) return;
    responses.push({ response, type, url: response.url(), afterList: ready });
  };
  // The context sees the service worker's own script as well as the page's requests.
  context.on('response', collect);
  try {
    const page = await context.newPage();
    const listAnswered = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/connections' && r.request().method() === 'GET', {
      timeout: 30_000,
    });
    const started = Date.now();
    await page.goto(`${baseUrl}/connections/new`, { waitUntil: 'commit' });
    const name = page.getByLabel('Name your connection');
    await name.waitFor({ state: 'visible', timeout: 30_000 });
    await page.waitForFunction(() => Boolean(window.mockBackend), null, { timeout: 30_000 });
    await listAnswered;
    if (!(await name.isEditable())) throw new Error('the name field is not editable');
    ready = true;
    const loadedMs = Date.now() - started;
    // "In all": what the page goes on to fetch by itself (the parts loaded after the first paint), until the network is quiet.
    await page.waitForLoadState('networkidle', { timeout: 15_000 }).catch(() => undefined);
    const timing = await page.evaluate(() => ({
      usableAt: window.__benchUsableAt,
      requested: performance.getEntriesByType('resource').map((entry) => [new URL(entry.name).pathname, entry.startTime]),
    }));
    if (typeof timing.usableAt !== 'number') throw new Error('the page never noted the name field as painted');
    const requestedAt = new Map(timing.requested);

    const files = [];
    for (const { response, type, url, afterList } of responses) {
      const body = await response.body().catch(() => null);
      if (!body) continue;
      const pathname = new URL(url).pathname;
      const file = pathname.replace(/^\//, '');
      const kind = file === 'mockServiceWorker.js' ? 'mock' : (chunkKinds.get(file) ?? 'app');
      const at = requestedAt.get(pathname);
      files.push({ file, type, kind, bytes: body.length, gzip: gzipSize(body), beforeUsable: at !== undefined && at < timing.usableAt, afterList });
    }
    await page.close();
    return { usableMs: Math.round(timing.usableAt), loadedMs, files };
  } finally {
    context.off('response', collect);
    await context.close();
  }
}

const sum = (files, filter) => files.filter(filter).reduce((total, file) => total + file.gzip, 0);

export async function measureBytes(browser, { baseUrl, kinds, runs = 2 }) {
  const chunkKinds = kinds;
  const loads = [];
  for (let i = 0; i < runs; i += 1) loads.push(await loadOnce(browser, { baseUrl, chunkKinds }));
  // The same files every time unless timing changes what is fetched first; keep the largest load.
  const load = loads.reduce((a, b) => (sum(b.files, () => true) > sum(a.files, () => true) ? b : a));
  const files = load.files;
  const totals = (included) => ({
    app: {
      jsGzip: sum(files, (f) => included(f) && f.type === 'js' && f.kind !== 'mock'),
      cssGzip: sum(files, (f) => included(f) && f.type === 'css' && f.kind !== 'mock'),
    },
    demo: {
      jsGzip: sum(files, (f) => included(f) && f.type === 'js'),
      cssGzip: sum(files, (f) => included(f) && f.type === 'css'),
    },
  });
  return {
    ...totals((f) => f.beforeUsable),
    loaded: totals((f) => !f.afterList),
    all: totals(() => true),
    files,
    usableMsMedian: median(loads.map((l) => l.usableMs)),
    loadedMsMedian: median(loads.map((l) => l.loadedMs)),
    filesPerRun: loads.map((l) => l.files.map((f) => f.file).sort()),
  };
}
