import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page, type Response } from '@playwright/test';
import type { ConnectionInput, OAuthClientInput } from '../src/features/connections/schema';
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
  /** Fails unless none of `secrets` is found in storage, cookies, the DOM, the URL, the console or an /api/ answer. */
  expectNoSecretLeaks(secrets: readonly string[]): Promise<void>;
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

export type Axe = (state: string) => Promise<void>;
type AxePage = ConstructorParameters<typeof AxeBuilder>[0]['page'];

interface Fixtures {
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
}

export const test = base.extend<Fixtures & Options>({
  allowedConsoleErrors: [[], { option: true }],

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
      const results = await new AxeBuilder({ page: page as unknown as AxePage }).withTags(axeTags).analyze();
      const report = results.violations
        .map((v) => `- ${v.id} (${v.impact ?? 'n/a'}): ${v.help}\n${v.nodes.map((n) => `    ${JSON.stringify(n.target)} ${n.failureSummary?.replace(/\s+/g, ' ') ?? ''}`).join('\n')}`)
        .join('\n');
      if (results.violations.length > 0) {
        await testInfo.attach(`axe-${state}`, { body: JSON.stringify(results.violations, null, 2), contentType: 'application/json' });
      }
      expect.soft(results.violations.map((v) => v.id), `axe violations in state "${state}":\n${report}`).toEqual([]);
    });
  },

  // (c) Records every /api/ answer (service-worker answers included) and searches everything a
  //     secret could leak into.
  secrets: async ({ page, context, pageLog }, provide) => {
    const responses: Array<{ url: string; status: number; fromServiceWorker: boolean }> = [];
    const bodies: Array<Promise<{ url: string; body: string }>> = [];
    const requestUrls: string[] = [];
    page.on('request', (request) => requestUrls.push(request.url()));
    page.on('response', (response: Response) => {
      const url = response.url();
      if (!new URL(url).pathname.startsWith('/api/')) return;
      responses.push({ url, status: response.status(), fromServiceWorker: response.fromServiceWorker() });
      // A 204 or a network error has no body; anything else must be readable, or the search would be blind.
      bodies.push(
        response.text().then(
          (body) => ({ url, body }),
          (error: unknown) => ({ url, body: response.status() === 204 ? '' : `<<unreadable body: ${String(error)}>>` }),
        ),
      );
    });

    await provide({
      responses,
      async expectNoSecretLeaks(secretValues) {
        expect(secretValues.length, 'give at least one secret to look for').toBeGreaterThan(0);
        const places: Array<[where: string, text: string]> = [];

        const storage = await page.evaluate(async () => {
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
          const inputs = Array.from(document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>('input, textarea, select')).map(
            (el) => `${el.tagName.toLowerCase()}#${el.id || el.getAttribute('name') || '?'}=${el.value}`,
          );
          return {
            localStorage: JSON.stringify(dump(localStorage)),
            sessionStorage: JSON.stringify(dump(sessionStorage)),
            idb,
            inputs: inputs.join('\n'),
            historyState: JSON.stringify(history.state ?? null),
          };
        });
        places.push(['localStorage', storage.localStorage], ['sessionStorage', storage.sessionStorage]);
        for (const entry of storage.idb) places.push([entry.where, entry.text]);
        places.push(['input values', storage.inputs], ['history.state', storage.historyState]);
        places.push(['cookies', JSON.stringify(await context.cookies())]);
        places.push(['page HTML', await page.content()]);
        places.push(['page URL', page.url()], ['request URLs', requestUrls.join('\n')]);
        places.push(['console', pageLog.messages.map((m) => `${m.type}: ${m.text}`).join('\n')]);
        places.push(['page errors', pageLog.pageErrors.join('\n')]);
        for (const { url, body } of await Promise.all(bodies)) places.push([`response ${url}`, body]);

        const unreadable = places.filter(([, text]) => text.includes('<<unreadable body'));
        expect(unreadable.map(([where]) => where), 'every /api/ answer must be readable to search it').toEqual([]);
        expect(storage.idb.length, 'the backend keeps its records in IndexedDB: nothing found to search').toBeGreaterThan(0);

        const leaks = places.flatMap(([where, text]) =>
          secretValues.filter((secret) => text.includes(secret)).map((secret) => `${where} contains "${secret.slice(0, 4)}…"`),
        );
        expect(leaks, `secrets found in clear:\n${leaks.join('\n')}`).toEqual([]);
      },
    });
  },

  backend: async ({ page }, provide) => {
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
