import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/**
 * msw keeps the cookies its mocked responses set in a tough-cookie jar, and tough-cookie brings
 * tldts, the public-suffix list: about 105 kB of the embedded backend's 170 kB (gzip). Our mock
 * backend sets no cookies (the leak check in e2e/fixtures.ts requires there are none) and reads
 * none, so the browser build swaps msw's cookie modules for ones that keep and parse nothing:
 * the store, the request cookies handed to resolvers (always none), and the Set-Cookie splitter
 * (headers-polyfill, which brings set-cookie-parser) for the browser's own. See
 * docs/decisions/first-paint.md and docs/decisions/mock-backend-start.md.
 */
interface Swap {
  readonly source: string;
  readonly module: RegExp;
  /** Only for this importer, when others use the module for more. */
  readonly importer?: RegExp;
  readonly replacement: string;
}

const swaps: readonly Swap[] = [
  { source: 'cookieStore', module: /[\\/]msw[\\/]lib[\\/]core[\\/]utils[\\/]cookieStore\.mjs$/, replacement: './noCookieStore.ts' },
  {
    source: 'getRequestCookies',
    module: /[\\/]msw[\\/]lib[\\/]core[\\/]utils[\\/]request[\\/]getRequestCookies\.mjs$/,
    replacement: './noRequestCookies.ts',
  },
  {
    source: 'headers-polyfill',
    module: /[\\/]headers-polyfill[\\/]lib[\\/]index\.mjs$/,
    importer: /[\\/]msw[\\/]lib[\\/]core[\\/]handlers[\\/]RequestHandler\.mjs$/,
    replacement: './nativeHeaders.ts',
  },
].map((swap) => ({ ...swap, replacement: fileURLToPath(new URL(swap.replacement, import.meta.url)) }));

export function mswWithoutCookieJar(): Plugin {
  const replaced = new Set<string>();
  return {
    name: 'msw-without-cookie-jar',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      const swap = swaps.find((candidate) => source.includes(candidate.source) && (!candidate.importer || candidate.importer.test(importer ?? '')));
      if (!swap) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!resolved || !swap.module.test(resolved.id)) return null;
      replaced.add(swap.source);
      return swap.replacement;
    },
    buildEnd(error) {
      // A newer msw that moved a module would silently bring the cookie code back: fail instead.
      // The server build (mode "server") has no msw at all.
      const config = this.environment?.config;
      const missing = swaps.filter((swap) => !replaced.has(swap.source)).map((swap) => swap.source);
      if (!error && config?.command === 'build' && config.mode !== 'server' && missing.length > 0) {
        this.error(`msw-without-cookie-jar: ${missing.join(', ')} was not imported; check the msw version.`);
      }
    },
  };
}
