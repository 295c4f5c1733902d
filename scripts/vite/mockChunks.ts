import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { perBuild, staticClosure, type Context } from './moduleGraph.ts';

/**
 * The embedded backend in three chunks: msw ("msw"), our handlers with what listing and saving
 * connections need ("backend"), and, loaded on first use, the rest ("backend-lazy": the connection
 * test, the authorization, the BigCommerce simulator's answers; "bigcommerce-catalog": the
 * simulated products and orders, which the app itself never calls). mocks/browser.ts evaluates the
 * first two in tasks of their own. Left alone, the bundler splits the modules the lazy parts share
 * with the start into a dozen chunks of a few hundred bytes. See docs/decisions/mock-backend-start.md.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
const under = (...folders: string[]) => ({ test: (id: string) => folders.some((folder) => id.startsWith(`${root}${folder}/`)) });
const entryModule = `${root}mocks/browser.ts`;
const mswModule = `${root}mocks/msw.ts`;
const backendModule = `${root}mocks/browserBackend.ts`;
const backendCode = under('mocks', 'core');
const consentPage = under('mocks/bigcommerce/consent');
// The simulated catalog and orders (their data made on first call): loaded only when called.
const simulatedCatalog = under('mocks/bigcommerce/catalog');
const appModule = under('src');

/** What the app's own code loads, now or later (the schemas, zod), short of the mock backend. */
function appModules(ctx: Context, moduleIds: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const stack = moduleIds.filter((id) => appModule.test(id));
  while (stack.length > 0) {
    const id = stack.pop() as string;
    if (seen.has(id) || backendCode.test(id)) continue;
    seen.add(id);
    const info = ctx.getModuleInfo(id);
    stack.push(...(info?.importedIds ?? []), ...(info?.dynamicallyImportedIds ?? []));
  }
  return seen;
}

export function mockChunks(): Plugin {
  const closures = perBuild((ctx, moduleIds) => {
    const [entry, msw, backend] = [entryModule, mswModule, backendModule].map((module) => moduleIds.find((id) => id === module));
    // The server build (mode "server") has no embedded backend.
    if (!entry || !msw || !backend) return null;
    return {
      entry: staticClosure(ctx, entry),
      msw: staticClosure(ctx, msw),
      backend: staticClosure(ctx, backend),
      // What the app's own code uses stays where the app's chunks put it.
      app: appModules(ctx, moduleIds),
    };
  });
  const chunkOf = (id: string, ctx: Context): string | null => {
    const chunks = closures.get(ctx);
    if (!chunks || chunks.entry.has(id) || chunks.app.has(id)) return null;
    if (chunks.msw.has(id)) return 'msw';
    if (chunks.backend.has(id)) return 'backend';
    if (simulatedCatalog.test(id)) return 'bigcommerce-catalog';
    return backendCode.test(id) && !consentPage.test(id) ? 'backend-lazy' : null;
  };
  return {
    name: 'mock-chunks',
    apply: 'build',
    ...closures.hooks,
    outputOptions(options) {
      const splitting = typeof options.codeSplitting === 'object' ? options.codeSplitting : {};
      // Below the app's groups (scripts/vite/routeChunks.ts). What the app loads too (the schemas,
      // zod) stays in the app's chunks: the groups do not take in their modules' imports.
      const group = { debugName: 'mock', name: chunkOf, priority: 0, includeDependenciesRecursively: false };
      return { ...options, codeSplitting: { ...splitting, groups: [...(splitting.groups ?? []), group] } };
    },
  };
}
