/**
 * What the browser downloads before the create form is usable: a fresh context opens
 * /connections/new; every JavaScript and CSS response is kept until the form is usable (the
 * "Name your connection" field is editable, the embedded backend has started and answered the
 * connections list the form checks names against). Bodies are gzipped with zlib here, whatever
 * the preview server sent, so the figure does not depend on its compression settings.
 */
import { gzipSize } from './build.mjs';
import { median } from './stats.mjs';

const typeOf = (url, contentType = '') => {
  const pathname = new URL(url).pathname;
  if (/\.css$/.test(pathname) || contentType.includes('text/css')) return 'css';
  if (/\.m?js$/.test(pathname) || contentType.includes('javascript')) return 'js';
  return null;
};

async function loadOnce(browser, { baseUrl, chunkKinds }) {
  const context = await browser.newContext();
  const responses = [];
  let ready = false;
  const collect = (response) => {
    const type = typeOf(response.url(), response.headers()['content-type']);
    // Once the mock service worker controls the page, a request shows twice: the page's response
    // (served by the worker) and the worker's own fetch. Only the latter went over the network.
    if (!type || ready || response.fromServiceWorker()) return;
    responses.push({ response, type, url: response.url() });
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
    const usableMs = Date.now() - started;

    const files = [];
    for (const { response, type, url } of responses) {
      const body = await response.body().catch(() => null);
      if (!body) continue;
      const pathname = new URL(url).pathname;
      const file = pathname.replace(/^\//, '');
      const kind = file === 'mockServiceWorker.js' ? 'mock' : (chunkKinds.get(file) ?? 'app');
      files.push({ file, type, kind, bytes: body.length, gzip: gzipSize(body) });
    }
    await page.close();
    return { usableMs, files };
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
  return {
    app: {
      jsGzip: sum(files, (f) => f.type === 'js' && f.kind !== 'mock'),
      cssGzip: sum(files, (f) => f.type === 'css' && f.kind !== 'mock'),
    },
    demo: {
      jsGzip: sum(files, (f) => f.type === 'js'),
      cssGzip: sum(files, (f) => f.type === 'css'),
    },
    files,
    usableMsMedian: median(loads.map((l) => l.usableMs)),
    filesPerRun: loads.map((l) => l.files.map((f) => f.file).sort()),
  };
}
