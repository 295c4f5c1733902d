import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { cutBrowserEntry } from './mswBrowserCuts.ts';

/**
 * The embedded backend mocks HTTP through msw's service worker, and nothing else. msw's browser
 * build also brings WebSocket interception (always enabled by `worker.start()`) and a fallback
 * that patches fetch and XMLHttpRequest where no service worker can run. The browser build leaves
 * both out (mswBrowserCuts.ts). The fallback was no path of ours already: without
 * `navigator.serviceWorker`, mocks/browser.ts fails the start (untilControlled). An msw whose
 * code differs fails the build instead of bringing the code back. See
 * docs/decisions/mock-backend-start.md.
 */
const browserEntry = /[\\/]msw[\\/]lib[\\/]browser[\\/]index\.mjs$/;
const webSocketModule = '@mswjs/interceptors/WebSocket';
const stub = fileURLToPath(new URL('./noWebSocketInterceptor.ts', import.meta.url));
// Every request handler records where it was declared, for msw's own debug printing, which the
// embedded backend never asks for: an Error and its parsed stack per handler, about 30 of them
// while the backend starts after the first paint.
const callFrameModule = /[\\/]msw[\\/]lib[\\/]core[\\/]utils[\\/]internal[\\/]getCallFrame\.mjs$/;
const noCallFrame = 'export function getCallFrame() { return undefined; }';
// msw's WebSocket handler imports it, for nothing on our paths; its top-level statements would keep it.
const sideEffectFree = new Set(['strict-event-emitter']);

export function mswHttpOnly(): Plugin {
  let edited = false;
  let stubbed = false;
  let callFramesCut = false;
  return {
    name: 'msw-http-only',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (sideEffectFree.has(source)) {
        const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
        return resolved && { ...resolved, moduleSideEffects: false };
      }
      if (source !== webSocketModule) return null;
      stubbed = true;
      return stub;
    },
    load(id) {
      if (!callFrameModule.test(id)) return null;
      callFramesCut = true;
      return noCallFrame;
    },
    transform(code, id) {
      if (!browserEntry.test(id)) return null;
      const cut = cutBrowserEntry(code);
      if (typeof cut !== 'string') this.error(`msw-http-only: ${cut.problem} in msw/lib/browser/index.mjs; check the msw version.`);
      edited = true;
      return { code: cut, map: null };
    },
    buildEnd(error) {
      // The server build (mode "server") has no msw at all.
      const config = this.environment?.config;
      if (!error && config?.command === 'build' && config.mode !== 'server' && !(edited && stubbed && callFramesCut)) {
        const missing = !edited ? 'msw/lib/browser/index.mjs' : !stubbed ? webSocketModule : 'msw/lib/core/utils/internal/getCallFrame.mjs';
        this.error(`msw-http-only: ${missing} was not imported; check the msw version.`);
      }
    },
  };
}
