import type { delay, http, HttpResponse } from 'msw';
import type { SetupWorker } from 'msw/browser';
import type { clearScenarios, setBigCommerceScenario, setBigCommerceTimeoutMs, setScenario } from './browserBackend';
import { nextTask } from '../src/lib/nextTask';

/** What e2e tests reach through `window.mockBackend`: page.route cannot see service-worker answers. */
export interface MockBackendControls {
  readonly worker: SetupWorker;
  readonly http: typeof http;
  readonly HttpResponse: typeof HttpResponse;
  readonly delay: typeof delay;
  readonly setScenario: typeof setScenario;
  readonly clearScenarios: typeof clearScenarios;
  /** BigCommerce itself fails: 'hang' (never answers) or 'network-error'; null lifts it. */
  readonly setBigCommerceScenario: typeof setBigCommerceScenario;
  /** How long our backend waits for BigCommerce (default 15000 ms); null restores the default. */
  readonly setBigCommerceTimeoutMs: typeof setBigCommerceTimeoutMs;
}

declare global {
  interface Window {
    mockBackend?: MockBackendControls;
  }
}

let starting: Promise<void> | undefined;

/** Starts the embedded backend once; later calls wait for the same start. */
export async function startMockBackend(): Promise<void> {
  starting ??= start().catch((error: unknown) => {
    starting = undefined;
    throw error;
  });
  return starting;
}

// msw, then our handlers, then the worker's start, each in tasks of its own: evaluated in one go,
// they held the page for one long task.
async function start(): Promise<void> {
  const { setupWorker, http, HttpResponse, delay } = await import('./msw');
  await nextTask();
  const { handlers, setScenario, clearScenarios, setBigCommerceScenario, setBigCommerceTimeoutMs } = await import('./browserBackend');
  await nextTask();
  const worker = setupWorker(...handlers);
  await nextTask();
  await worker.start({
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
  await untilControlled();
  window.mockBackend = {
    worker,
    http,
    HttpResponse,
    delay,
    setScenario,
    clearScenarios,
    setBigCommerceScenario,
    setBigCommerceTimeoutMs,
  };
}

/**
 * On a reload, msw's worker sees the old page close with no other page open yet and unregisters
 * itself; `worker.start()` then registers it again and resolves before the new worker has claimed
 * this page, and a request sent in between goes past it to the network (a 404 from the static
 * server; seen once in the e2e suite). Wait for the page to be controlled; a page that never will
 * be (a hard reload bypasses service workers) goes on after a while, and its requests fail as
 * unreachable instead of hanging.
 */
function untilControlled(timeoutMs = 3000): Promise<void> {
  const container = navigator.serviceWorker;
  if (container.controller) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      container.removeEventListener('controllerchange', done);
      resolve();
    };
    const timer = setTimeout(done, timeoutMs);
    container.addEventListener('controllerchange', done);
  });
}
