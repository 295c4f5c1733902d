/**
 * Lighthouse (its default: mobile, simulated throttling) through its Node API, on a Chromium that
 * chrome-launcher starts and always kills. Several runs per page; the median of each figure.
 */
import { onCleanup } from './proc.mjs';
import { median, round } from './stats.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices'];
const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic'];

function figuresOf(lhr) {
  const score = (id) => {
    const value = lhr.categories[id]?.score;
    return value === null || value === undefined ? null : Math.round(value * 100);
  };
  const numeric = (id, digits) => round(lhr.audits[id]?.numericValue ?? null, digits);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    lcpMs: numeric('largest-contentful-paint', 0),
    tbtMs: numeric('total-blocking-time', 0),
    fcpMs: numeric('first-contentful-paint', 0),
    cls: numeric('cumulative-layout-shift', 3),
    // Audits that cost points, for the report's "why".
    failing: Object.entries(lhr.audits)
      .filter(([, audit]) => audit.score !== null && audit.score < 0.9 && ['binary', 'numeric', 'metricSavings'].includes(audit.scoreDisplayMode))
      .map(([id, audit]) => `${id}${audit.displayValue ? ` (${audit.displayValue})` : ''}`),
    warnings: lhr.runWarnings ?? [],
  };
}

export async function runLighthouse({ baseUrl, pages, runs, chromePath, log }) {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');

  // A new Chromium, so a new empty profile, for every run: no IndexedDB or service worker left
  // by the page before.
  async function audit(url) {
    const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROME_FLAGS, logLevel: 'silent' });
    const kill = async () => chrome.kill();
    const forget = onCleanup(kill);
    const killNow = () => {
      try {
        process.kill(chrome.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    };
    process.on('exit', killNow);
    try {
      const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
      if (!result?.lhr) throw new Error(`Lighthouse returned nothing for ${url}`);
      if (result.lhr.runtimeError) throw new Error(`Lighthouse failed on ${url}: ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`);
      return result.lhr;
    } finally {
      forget();
      await kill();
      process.off('exit', killNow);
    }
  }

  const results = {};
  for (const { key, path } of pages) results[key] = { path, runs: [] };
  let version = null;
  // Pages alternate so that a burst of load on the shared machine does not hit one page only.
  for (let run = 0; run < runs; run += 1) {
    for (const { key, path } of pages) {
      const lhr = await audit(`${baseUrl}${path}`);
      version = lhr.lighthouseVersion;
      const figures = figuresOf(lhr);
      results[key].runs.push(figures);
      log(
        `  lighthouse ${path} run ${run + 1}/${runs}: performance ${figures.performance}, accessibility ${figures.accessibility}, best practices ${figures.bestPractices}, LCP ${figures.lcpMs} ms, TBT ${figures.tbtMs} ms`,
      );
    }
  }
  for (const entry of Object.values(results)) {
    for (const metric of ['performance', 'accessibility', 'bestPractices', 'lcpMs', 'tbtMs', 'fcpMs', 'cls']) {
      entry[metric] = median(entry.runs.map((r) => r[metric]));
    }
    // "In every run": the worst of the runs.
    entry.minPerformance = Math.min(...entry.runs.map((r) => r.performance ?? 0));
    entry.minAccessibility = Math.min(...entry.runs.map((r) => r.accessibility ?? 0));
    entry.minBestPractices = Math.min(...entry.runs.map((r) => r.bestPractices ?? 0));
    entry.maxTbtMs = Math.max(...entry.runs.map((r) => r.tbtMs ?? Infinity));
    entry.failingAudits = [...new Set(entry.runs.flatMap((r) => r.failing))];
  }
  return { version, runs, pages: results };
}
