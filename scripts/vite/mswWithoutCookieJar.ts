import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/**
 * msw keeps the cookies its mocked responses set in a tough-cookie jar, and tough-cookie brings
 * tldts, the public-suffix list: about 105 kB of the embedded backend's 170 kB (gzip). Our mock
 * backend sets no cookies (the leak check in e2e/fixtures.ts requires there are none), so the
 * browser build swaps msw's cookie store for one that keeps nothing. Requests still carry
 * document.cookie, which msw reads separately. See docs/decisions/msw-cookie-store.md.
 */
const storeModule = /[\\/]msw[\\/]lib[\\/]core[\\/]utils[\\/]cookieStore\.mjs$/;
const replacement = fileURLToPath(new URL('./noCookieStore.ts', import.meta.url));

export function mswWithoutCookieJar(): Plugin {
  let replaced = false;
  return {
    name: 'msw-without-cookie-jar',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!source.includes('cookieStore')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!resolved || !storeModule.test(resolved.id)) return null;
      replaced = true;
      return replacement;
    },
    buildEnd(error) {
      // A newer msw that moved its store would silently bring tough-cookie back: fail instead.
      // The server build (mode "server") has no msw at all.
      const config = this.environment?.config;
      if (!error && config?.command === 'build' && config.mode !== 'server' && !replaced) {
        this.error('msw-without-cookie-jar: msw/lib/core/utils/cookieStore.mjs was not imported; check the msw version.');
      }
    },
  };
}
