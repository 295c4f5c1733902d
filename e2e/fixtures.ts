import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page, type Response } from '@playwright/test';
import type { ConnectionInput, OAuthClientInput } from '../src/features/connections/schema';
import { allSecrets } from './data';
import type { MockFailure, MockOperation, MockScenarioOptions } from './mock-backend';
import { ConnectionPanel } from './pages/ConnectionPanel';
import { ConnectionsList } from './pages/ConnectionsList';

export { expect };

/** The WCAG levels every state of the app must meet. */
export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** What the page said: every console message and every uncaught error, in order. */
export interface PageLog {
  readonly messages: ReadonlyArray<{ readonly type: string; readonly text: string }>;
  readonly pageErrors: readonly string[];
  /**
   * Lets console errors matching `pattern` pass in this test only. Use it where the test
   * provokes the error on purpose (Chromium logs "Failed to load resource: ... 409" for an
   * answer with an error status, even when the app handles it).
   */
  allowConsoleErrors(...patterns: RegExp[]): void;
}

export interface Secrets {
  /** Every /api/ response seen so far (the service worker's answers included). */
  readonly responses: ReadonlyArray<{ readonly url: string; readonly status: number; readonly fromServiceWorker: boolean }>;
  /** Fails unless none of `secrets` is found in storage, cookies, the DOM, the URL, the console or an /api/ answer (inputs' values included). */
  expectNoSecretLeaks(secrets: readonly string[]): Promise<void>;
  /** Adds secrets this test types (beyond `allSecrets` of data.ts) to those the automatic check looks for. */
  track(...values: string[]): void;
  /** `allSecrets` plus every tracked value. */
  readonly known: readonly string[];
  /**
   * The automatic check run after every test: none of `known` anywhere but in an input's value
   * (a typed secret legitimately sits there while a test is mid-way). Callable in a test too.
   */
  expectNoKnownSecretLeaks(): Promise<void>;
}

/** A Content-Security-Policy violation the page reported (`securitypolicyviolation`). */
export interface CspViolation {
  readonly page: string;
  readonly directive: string;
  readonly blocked: string;
  readonly source: string;
  readonly sample: string;
}

/**
 * Init script: records every `securitypolicyviolation` of the document in
 * `window.__e2eCspViolations`, and reports it to the `__e2eReportCspViolation` binding when there
 * is one (the binding survives navigations, the array does not). Exported for the self-test.
 */
export function recordCspViolations(): void {
  type Recorder = { __e2eCspViolations?: unknown[]; __e2eReportCspViolation?: (v: unknown) => Promise<void> };
  const w = window as unknown as Recorder;
  // Once per document, even if the script is injected twice.
  if (w.__e2eCspViolations) return;
  const list: unknown[] = [];
  w.__e2eCspViolations = list;
  document.addEventListener(
    'securitypolicyviolation',
    (event) => {
      const violation = {
        directive: event.effectiveDirective,
        blocked: event.blockedURI,
        source: `${event.sourceFile}:${event.lineNumber}`,
        sample: event.sample,
      };
      list.push(violation);
      void w.__e2eReportCspViolation?.(violation);
    },
    true,
  );
}

export interface Backend {
  /** Waits until the embedded mock backend has put its controls on `window`. */
  ready(): Promise<void>;
  setScenario(operation: MockOperation, failure: MockFailure, options?: MockScenarioOptions): Promise<void>;
  clearScenarios(): Promise<void>;
  /**
   * Sets a scenario the moment the backend starts, before the app's first request (a scenario
   * lives in memory and does not survive a reload). Call before `page.goto`.
   */
  setScenarioFromStart(operation: MockOperation, failure: MockFailure, options?: MockScenarioOptions): Promise<void>;
  /**
   * Creates a connection through the API, behind the app's back (its caches do not know).
   * For tests whose subject is not the create form; reload or navigate to see it.
   */
  createConnection(input: ConnectionInput): Promise<{ id: string }>;
  createOAuthClient(input: OAuthClientInput): Promise<{ id: string }>;
}

/**
 * The answers that carry a secret by design, for the page to show once (docs/api.md): a new API
 * key's, a new webhook endpoint's signing secret, and a webhook's rotated secret.
 */
function carriesSecretByDesign(response: Response): boolean {
  if (response.request().method() !== 'POST') return false;
  const path = new URL(response.url()).pathname;
  if (response.status() === 201) return path === '/api/api-keys' || path === '/api/webhooks';
  return response.status() === 200 && /^\/api\/webhooks\/[^/]+\/rotate$/.test(path);
}

export type Axe = (state: string) => Promise<void>;
type AxePage = ConstructorParameters<typeof AxeBuilder>[0]['page'];

interface Fixtures {
  /** Automatic: after each passing test, the leak, CSP and axe checks on the page as the test left it. */
  endOfTestChecks: void;
  pageLog: PageLog;
  axe: Axe;
  secrets: Secrets;
  backend: Backend;
  list: ConnectionsList;
  panel: ConnectionPanel;
}

interface Options {
  /** Console errors this test (or describe block, via test.use) may log. Empty by default. */
  allowedConsoleErrors: RegExp[];
  /**
   * The automatic search for every known secret after each test. Off only where a test plants
   * secrets on purpose (the search's self-test in secrets.spec.ts).
   */
  leakCheck: boolean;
  /** The automatic axe run on the state a test ends in. Off only for a test that ends with its page navigating or closed. */
  axeCheck: boolean;
  /**
   * The page's backend is the embedded mock (records in IndexedDB, `window.mockBackend`). False in
   * the `server` project (e2e/server/fixtures.ts), where the records are on the server.
   */
  embeddedBackend: boolean;
}

export const test = base.extend<Fixtures & Options>({
  allowedConsoleErrors: [[], { option: true }],
  leakCheck: [true, { option: true }],
  axeCheck: [true, { option: true }],
  embeddedBackend: [true, { option: true }],

  // (0) What every test ends with, while its page is still open: no known secret anywhere, no
  //     Content-Security-Policy violation on any page of the context, and axe on the final state
  //     (unless the test's last axe() call saw this very DOM). Skipped when the test already failed
  //     (its own error says more).
  endOfTestChecks: [
    async ({ page, context, secrets, axe, leakCheck, axeCheck, baseURL }, provide, testInfo) => {
      const violations: CspViolation[] = [];
      await context.exposeBinding('__e2eReportCspViolation', ({ page: source }, violation: Omit<CspViolation, 'page'>) => {
        violations.push({ page: source.url(), ...violation });
      });
      await context.addInitScript(recordCspViolations);
      await provide();
      if (testInfo.status !== 'passed') return;
      expect.soft(violations, `Content-Security-Policy violations:\n${violations.map((v) => JSON.stringify(v)).join('\n')}`).toEqual([]);
      if (page.isClosed()) return;
      // A test may end right after a click that navigates: check the page it arrives at.
      const settled = <T>(check: () => Promise<T>) =>
        check().catch(async (error: unknown) => {
          if (!/Execution context was destroyed|navigat/i.test(String(error))) throw error;
          await page.waitForLoadState('load');
          return check();
        });
      await page.waitForLoadState('load');
      // A test that never opened the app (it used `request` or a context of its own) leaves nothing to check.
      if (!baseURL || new URL(page.url()).origin !== new URL(baseURL).origin) return;
      if (axeCheck) {
        const checked = await page.evaluate(() => (window as unknown as { __e2eCheckedByAxe?: boolean }).__e2eCheckedByAxe === true).catch(() => false);
        if (!checked) await test.step('automatic check: axe on the final state', () => settled(() => axe('final state (automatic)')), { box: true });
      }
      if (leakCheck) {
        await test.step(
          'automatic check: no known secret leaked',
          () =>
            settled(async () => {
              // What stays once the tab is closed is what counts: the page may write what it keeps
              // on pagehide (the debounced draft), so it gets that event first, deterministically.
              await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false })));
              await secrets.expectNoKnownSecretLeaks();
            }),
          { box: true },
        );
      }
    },
    { auto: true, timeout: 30_000 },
  ],

  // (a) Any console error or uncaught page error fails the test, unless explicitly allowed.
  pageLog: [
    async ({ page, allowedConsoleErrors }, provide) => {
      const messages: Array<{ type: string; text: string }> = [];
      const pageErrors: string[] = [];
      const allowed = [...allowedConsoleErrors];
      page.on('console', (message) => messages.push({ type: message.type(), text: message.text() }));
      page.on('pageerror', (error) => pageErrors.push(`${error.name}: ${error.message}`));
      await provide({ messages, pageErrors, allowConsoleErrors: (...patterns) => allowed.push(...patterns) });
      const unexpected = messages
        .filter((message) => message.type === 'error' && !allowed.some((pattern) => pattern.test(message.text)))
        .map((message) => message.text);
      expect(pageErrors, `uncaught errors in the page:\n${pageErrors.join('\n')}`).toEqual([]);
      expect(unexpected, `unexpected console errors:\n${unexpected.join('\n')}`).toEqual([]);
    },
    { auto: true },
  ],

  // (b) axe: zero violations of WCAG 2.2 AA. Soft, so one test can check several states.
  axe: async ({ page }, provide, testInfo) => {
    await provide(async (state) => {
      // @axe-core/playwright brings its own playwright-core (types only differ): the cast bridges them.
      // Legacy mode runs axe.run() in the page itself. The default mode runs each frame and then
      // finishes in a new blank page of the context, injecting axe a second time: twice the cost,
      // for the cross-origin iframes this app does not have.
      const results = await new AxeBuilder({ page: page as unknown as AxePage }).withTags(axeTags).setLegacyMode(true).analyze();
      const report = results.violations
        .map((v) => `- ${v.id} (${v.impact ?? 'n/a'}): ${v.help}\n${v.nodes.map((n) => `    ${JSON.stringify(n.target)} ${n.failureSummary?.replace(/\s+/g, ' ') ?? ''}`).join('\n')}`)
        .join('\n');
      if (results.violations.length > 0) {
        await testInfo.attach(`axe-${state}`, { body: JSON.stringify(results.violations, null, 2), contentType: 'application/json' });
      }
      expect.soft(results.violations.map((v) => v.id), `axe violations in state "${state}":\n${report}`).toEqual([]);
      // Notes whether the DOM changes from now on: the automatic run at the end of the test skips a
      // state this call has just checked.
      await page.evaluate(() => {
        const w = window as unknown as { __e2eAxeObserver?: MutationObserver; __e2eCheckedByAxe?: boolean };
        w.__e2eAxeObserver?.disconnect();
        w.__e2eCheckedByAxe = true;
        const observer = new MutationObserver(() => {
          w.__e2eCheckedByAxe = false;
          observer.disconnect();
        });
        observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
        w.__e2eAxeObserver = observer;
      }).catch(() => undefined);
    });
  },

  // (c) Records every /api/ answer (service-worker answers included) and searches everything a
  //     secret could leak into.
  secrets: async ({ page, context, pageLog, embeddedBackend }, provide) => {
    const responses: Array<{ url: string; status: number; fromServiceWorker: boolean }> = [];
    // Each /api/ answer's body as read, with the document it arrived in (see `documents`).
    const bodies: Array<{ read: Promise<{ url: string; body: string }>; url: string; document: number }> = [];
    const requestUrls: string[] = [];
    const tracked = new Set<string>();
    page.on('request', (request) => requestUrls.push(request.url()));
    // A reload or navigation drops the old document's unread bodies: nothing of them is left to leak.
    let documents = 0;
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) documents += 1;
    });
    page.on('response', (response: Response) => {
      const url = response.url();
      if (!new URL(url).pathname.startsWith('/api/')) return;
      responses.push({ url, status: response.status(), fromServiceWorker: response.fromServiceWorker() });
      if (carriesSecretByDesign(response)) return;
      const documentAtResponse = documents;
      // A 204 or a network error has no body, nor has an answer the page aborted after its headers
      // (a refetch the query cache cancelled: its body never reached the page). Anything else must be
      // readable, or the search would be blind.
      const noBody = () => response.status() === 204 || documents > documentAtResponse || response.request().failure()?.errorText === 'net::ERR_ABORTED';
      bodies.push({
        url,
        document: documentAtResponse,
        read: response.text().then(
          (body) => ({ url, body }),
          (error: unknown) => ({ url, body: noBody() ? '' : `<<unreadable body: ${String(error)}>>` }),
        ),
      });
    });

    /** Every place a secret could leak into, as text; input values only when asked. */
    const collect = async ({ inputValues }: { inputValues: boolean }) => {
      const places: Array<[where: string, text: string]> = [];
      const storage = await page.evaluate(async (withInputs) => {
        const dump = (store: Storage) =>
          Object.fromEntries(Array.from({ length: store.length }, (_, i) => store.key(i)!).map((key) => [key, store.getItem(key)]));
        // Bytes are decoded too, so a secret stored as encoded text is still found.
        const replacer = (_key: string, value: unknown) => {
          if (value instanceof ArrayBuffer) return new TextDecoder().decode(value);
          if (ArrayBuffer.isView(value)) return new TextDecoder().decode(value);
          if (value instanceof Map) return [...value.entries()];
          if (value instanceof Set) return [...value.values()];
          if (typeof CryptoKey !== 'undefined' && value instanceof CryptoKey) {
            return { cryptoKey: { extractable: value.extractable, type: value.type, usages: value.usages } };
          }
          return value;
        };
        const request = <T>(req: IDBRequest<T>) =>
          new Promise<T>((resolve, reject) => {
            req.onsuccess = () => resolve(req.result);
            req.onerror = () => reject(req.error);
          });
        const idb: Array<{ where: string; text: string }> = [];
        for (const info of await indexedDB.databases()) {
          if (!info.name) continue;
          const db = await request(indexedDB.open(info.name));
          try {
            for (const storeName of Array.from(db.objectStoreNames)) {
              const store = db.transaction(storeName, 'readonly').objectStore(storeName);
              const [keys, values] = await Promise.all([request(store.getAllKeys()), request(store.getAll())]);
              values.forEach((value, i) =>
                idb.push({ where: `IndexedDB ${info.name}/${storeName}/${String(keys[i])}`, text: JSON.stringify(value, replacer) }),
              );
            }
          } finally {
            db.close();
          }
        }
        const inputs = withInputs
          ? Array.from(document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>('input, textarea, select')).map(
              (el) => `${el.tagName.toLowerCase()}#${el.id || el.getAttribute('name') || '?'}=${el.value}`,
            )
          : [];
        return {
          localStorage: JSON.stringify(dump(localStorage)),
          sessionStorage: JSON.stringify(dump(sessionStorage)),
          idb,
          inputs: inputs.join('\n'),
          historyState: JSON.stringify(history.state ?? null),
        };
      }, inputValues);
      places.push(['localStorage', storage.localStorage], ['sessionStorage', storage.sessionStorage]);
      for (const entry of storage.idb) places.push([entry.where, entry.text]);
      if (inputValues) places.push(['input values', storage.inputs]);
      places.push(['history.state', storage.historyState]);
      places.push(['cookies', JSON.stringify(await context.cookies())]);
      // page.content() serializes attributes and text, not what was typed into an input.
      places.push(['page HTML', await page.content()]);
      for (const other of context.pages()) {
        if (other !== page && !other.isClosed()) places.push([`other page ${other.url()}`, `${other.url()}\n${await other.content().catch(() => '')}`]);
      }
      places.push(['page URL', page.url()], ['request URLs', requestUrls.join('\n')]);
      places.push(['console', pageLog.messages.map((m) => `${m.type}: ${m.text}`).join('\n')]);
      places.push(['page errors', pageLog.pageErrors.join('\n')]);
      // A body still pending after 10 s is unreadable, unless a reload or navigation has dropped its
      // document since: then the read may never settle, and nothing of it is left to leak.
      const pending = { url: '', body: '<<pending>>' };
      const settleWithin = (read: Promise<{ url: string; body: string }>) =>
        Promise.race([read, new Promise<typeof pending>((resolve) => setTimeout(() => resolve(pending), 10_000))]);
      const read = await Promise.all(bodies.map(async (entry) => ({ entry, result: await settleWithin(entry.read) })));
      for (const { entry, result } of read) {
        if (result !== pending) places.push([`response ${result.url}`, result.body]);
        else if (documents === entry.document) places.push([`/api/ answer ${entry.url}`, '<<unreadable body: still pending after 10 s>>']);
      }
      return { places, idbRecords: storage.idb.length };
    };

    const search = (places: ReadonlyArray<[string, string]>, secretValues: readonly string[]) => {
      const unreadable = places.filter(([, text]) => text.includes('<<unreadable body'));
      expect(unreadable.map(([where]) => where), 'every /api/ answer must be readable to search it').toEqual([]);
      const leaks = places.flatMap(([where, text]) =>
        secretValues.filter((secret) => text.includes(secret)).map((secret) => `${where} contains "${secret.slice(0, 4)}…"`),
      );
      expect(leaks, `secrets found in clear:\n${leaks.join('\n')}`).toEqual([]);
    };

    await provide({
      responses,
      track: (...values) => {
        for (const value of values) if (value) tracked.add(value);
      },
      get known() {
        return [...new Set([...allSecrets, ...tracked])];
      },
      async expectNoKnownSecretLeaks() {
        const { places } = await collect({ inputValues: false });
        search(places, [...new Set([...allSecrets, ...tracked])]);
      },
      async expectNoSecretLeaks(secretValues) {
        expect(secretValues.length, 'give at least one secret to look for').toBeGreaterThan(0);
        const { places, idbRecords } = await collect({ inputValues: true });
        // Not a blind search: the embedded backend's records are in IndexedDB; the server's answers arrive over /api/.
        if (embeddedBackend) expect(idbRecords, 'the backend keeps its records in IndexedDB: nothing found to search').toBeGreaterThan(0);
        else expect(responses.length, 'the server answers over /api/: no answer recorded to search').toBeGreaterThan(0);
        search(places, secretValues);
      },
    });
  },

  backend: async ({ page, embeddedBackend }, provide) => {
    if (!embeddedBackend) throw new Error('The server project has no window.mockBackend: drive the server over its API instead.');
    const ready = () => page.waitForFunction(() => !!window.mockBackend).then(() => undefined);
    const post = async <T>(path: string, body: unknown): Promise<T> => {
      await ready();
      const result = await page.evaluate(
        async ([url, json]) => {
          const response = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(json) });
          return { status: response.status, body: (await response.json()) as unknown };
        },
        [path, body] as const,
      );
      expect(result.status, `POST ${path}: ${JSON.stringify(result.body)}`).toBe(201);
      return result.body as T;
    };
    await provide({
      ready,
      async setScenario(operation, failure, options) {
        await ready();
        await page.evaluate(([o, f, x]) => window.mockBackend!.setScenario(o, f, x), [operation, failure, options ?? {}] as const);
      },
      async clearScenarios() {
        await ready();
        await page.evaluate(() => window.mockBackend!.clearScenarios());
      },
      async setScenarioFromStart(operation, failure, options) {
        await page.addInitScript(
          ([o, f, x]) => {
            let controls: Window['mockBackend'];
            Object.defineProperty(window, 'mockBackend', {
              configurable: true,
              get: () => controls,
              set(value: Window['mockBackend']) {
                controls = value;
                value?.setScenario(o, f, x);
              },
            });
          },
          [operation, failure, options ?? {}] as const,
        );
      },
      createConnection: (input) => post('/api/connections', input),
      createOAuthClient: (input) => post('/api/oauth-clients', input),
    });
  },

  list: async ({ page }, provide) => {
    await provide(new ConnectionsList(page));
  },

  panel: async ({ page }, provide) => {
    await provide(new ConnectionPanel(page));
  },
});

/** Escapes text for use inside a RegExp, to assert "contains" on accessible names and descriptions. */
export function contains(text: string): RegExp {
  return new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
}

/** The first words of a help text: enough to recognise it inside a longer description. */
export function helpStart(help: string, words = 8): RegExp {
  return contains(help.split(' ').slice(0, words).join(' '));
}

export type { Page };
