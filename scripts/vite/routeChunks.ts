import type { Plugin } from 'vite';

type ModuleInfo = { importedIds: readonly string[] } | null;
type Context = { getModuleInfo(id: string): ModuleInfo };

/**
 * Two chunks instead of thirty: the entry with everything it imports statically ("app"), and the
 * panel's route with everything it adds ("panel"). Left alone, the bundler splits the modules the
 * panel shares with its lazy parts into a dozen files of a few hundred bytes each, and on a slow
 * mobile connection each costs a round trip before the form can paint (see docs/performance.md).
 * The lazy parts (guide, dialog, test, ...) and the mock backend keep their own chunks.
 */
const panelModule = /[\\/]src[\\/]features[\\/]connections[\\/]form[\\/]ConnectionPanel\.tsx$/;
const entryModule = /[\\/]src[\\/]main\.tsx$/;

function staticClosure(ctx: Context, start: string): Set<string> {
  const seen = new Set<string>();
  const stack = [start];
  while (stack.length > 0) {
    const id = stack.pop() as string;
    if (seen.has(id)) continue;
    seen.add(id);
    for (const imported of ctx.getModuleInfo(id)?.importedIds ?? []) stack.push(imported);
  }
  return seen;
}

export function routeChunks(): Plugin {
  let moduleIds: string[] = [];
  let closures: { app: Set<string>; panel: Set<string> } | undefined;
  const closuresOf = (ctx: Context) => {
    if (!closures) {
      const entry = moduleIds.find((id) => entryModule.test(id));
      const panel = moduleIds.find((id) => panelModule.test(id));
      if (!entry || !panel) throw new Error('routeChunks: src/main.tsx or ConnectionPanel.tsx is not in the build.');
      const app = staticClosure(ctx, entry);
      // The entry module stays in its own chunk: it awaits the panel's chunk before the first
      // render, and the panel's chunk imports "app", so "app" must not contain that await.
      app.delete(entry);
      closures = { app, panel: staticClosure(ctx, panel) };
    }
    return closures;
  };
  return {
    name: 'route-chunks',
    apply: 'build',
    buildStart() {
      closures = undefined;
      moduleIds = [];
    },
    moduleParsed(info) {
      moduleIds.push(info.id);
    },
    outputOptions(options) {
      return {
        ...options,
        codeSplitting: {
          groups: [
            { debugName: 'app', name: (id: string, ctx: Context) => (closuresOf(ctx).app.has(id) ? 'app' : null), priority: 2 },
            { debugName: 'panel', name: (id: string, ctx: Context) => (closuresOf(ctx).panel.has(id) && !closuresOf(ctx).app.has(id) ? 'panel' : null), priority: 1 },
          ],
        },
      };
    },
  };
}
