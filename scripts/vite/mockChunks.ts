import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

type ModuleInfo = { importedIds: readonly string[]; dynamicallyImportedIds: readonly string[] } | null;
type Context = { getModuleInfo(id: string): ModuleInfo };

/**
 * The embedded backend in three chunks: msw ("msw"), our handlers with what listing and saving
 * connections need ("backend"), and, loaded on first use, the rest ("backend-lazy": the connection
 * test, the authorization, the BigCommerce simulator's answers). mocks/browser.ts evaluates the
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
const appModule = under('src');

function staticClosure(ctx: Context, ...starts: string[]): Set<string> {
  const seen = new Set<string>();
  const stack = [...starts];
  while (stack.length > 0) {
    const id = stack.pop() as string;
    if (seen.has(id)) continue;
    seen.add(id);
    for (const imported of ctx.getModuleInfo(id)?.importedIds ?? []) stack.push(imported);
  }
  return seen;
}

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
  let moduleIds: string[] = [];
  let closures: Record<'entry' | 'msw' | 'backend' | 'app', Set<string>> | null | undefined;
  const closuresOf = (ctx: Context) => {
    if (closures === undefined) {
      const [entry, msw, backend] = [entryModule, mswModule, backendModule].map((module) => moduleIds.find((id) => id === module));
      // The server build (mode "server") has no embedded backend.
      if (!entry || !msw || !backend) return (closures = null);
      closures = {
        entry: staticClosure(ctx, entry),
        msw: staticClosure(ctx, msw),
        backend: staticClosure(ctx, backend),
        // What the app's own code uses stays where the app's chunks put it.
        app: appModules(ctx, moduleIds),
      };
    }
    return closures;
  };
  const chunkOf = (id: string, ctx: Context): string | null => {
    const chunks = closuresOf(ctx);
    if (!chunks) return null;
    const { entry, msw, backend, app } = chunks;
    if (entry.has(id) || app.has(id)) return null;
    if (msw.has(id)) return 'msw';
    if (backend.has(id)) return 'backend';
    return backendCode.test(id) && !consentPage.test(id) ? 'backend-lazy' : null;
  };
  return {
    name: 'mock-chunks',
    apply: 'build',
    buildStart() {
      closures = undefined;
      moduleIds = [];
    },
    moduleParsed(info) {
      moduleIds.push(info.id);
    },
    outputOptions(options) {
      const splitting = typeof options.codeSplitting === 'object' ? options.codeSplitting : {};
      // Below the app's groups (scripts/vite/routeChunks.ts). What the app loads too (the schemas,
      // zod) stays in the app's chunks: the groups do not take in their modules' imports.
      const group = { debugName: 'mock', name: chunkOf, priority: 0, includeDependenciesRecursively: false };
      return { ...options, codeSplitting: { ...splitting, groups: [...(splitting.groups ?? []), group] } };
    },
  };
}
