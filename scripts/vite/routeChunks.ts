import type { Plugin } from 'vite';
import { perBuild, staticClosure, type Context } from './moduleGraph.ts';

/**
 * A few chunks instead of thirty: the app's start with everything it imports statically ("app",
 * React apart: "react"), the panel's route with everything it adds ("panel"), and the list's
 * ("list"); what the list and the panel share goes to "app", so neither page loads the other's
 * chunk. The entry (src/main.tsx) is a small chunk of its own. Left alone, the bundler splits the modules the
 * panel shares with its lazy parts into a dozen files of a few hundred bytes each, and on a slow
 * mobile connection each costs a round trip before the form can paint (see docs/performance.md).
 * The lazy parts (guide, dialog, test, ...) and the mock backend keep their own chunks.
 */
const listModule = /[\\/]src[\\/]features[\\/]connections[\\/]list[\\/]ConnectionsPage\.tsx$/;
const panelModule = /[\\/]src[\\/]features[\\/]connections[\\/]form[\\/]ConnectionPanel\.tsx$/;
const entryModule = /[\\/]src[\\/]main\.tsx$/;
const reactModule = /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/;
const startModule = /[\\/]src[\\/]app[\\/]start\.tsx$/;

export function routeChunks(): Plugin {
  const closures = perBuild((ctx, moduleIds) => {
    const entry = moduleIds.find((id) => entryModule.test(id));
    const start = moduleIds.find((id) => startModule.test(id));
    const panel = moduleIds.find((id) => panelModule.test(id));
    const list = moduleIds.find((id) => listModule.test(id));
    if (!entry || !start || !panel || !list) throw new Error('routeChunks: src/main.tsx, src/app/start.tsx, ConnectionPanel.tsx or ConnectionsPage.tsx is not in the build.');
    // "app" is what the app's start (loaded by the entry after the first paint) imports
    // statically, less what the entry itself needs before the paint (its own small chunk).
    const beforePaint = staticClosure(ctx, entry);
    const app = staticClosure(ctx, start);
    for (const id of beforePaint) app.delete(id);
    // The start module stays in its own chunk: it awaits the panel's chunk before the first
    // render, and the panel's chunk imports "app", so "app" must not contain that await.
    app.delete(start);
    const panelClosure = staticClosure(ctx, panel);
    const listClosure = staticClosure(ctx, list);
    for (const id of beforePaint) {
      panelClosure.delete(id);
      listClosure.delete(id);
    }
    for (const id of listClosure) {
      if (panelClosure.has(id)) app.add(id);
    }
    beforePaint.delete(entry);
    return { boot: beforePaint, app, panel: panelClosure, list: listClosure };
  });
  const closuresOf = (ctx: Context) => closures.get(ctx);
  return {
    name: 'route-chunks',
    apply: 'build',
    ...closures.hooks,
    outputOptions(options) {
      return {
        ...options,
        codeSplitting: {
          groups: [
            // What the entry needs before the first paint (Vite's preload helper included): a few
            // hundred bytes of its own, or the bundler would fold it into "app" or "panel".
            { debugName: 'boot', name: (id: string, ctx: Context) => (closuresOf(ctx).boot.has(id) ? 'boot' : null), priority: 3 },
            // React itself, evaluated in a task of its own before the app's code (src/main.tsx imports
            // it first): one long task of both is what a slow phone feels as a frozen page.
            { debugName: 'react', name: (id: string, ctx: Context) => (reactModule.test(id) && closuresOf(ctx).app.has(id) ? 'react' : null), priority: 2.5 },
            { debugName: 'app', name: (id: string, ctx: Context) => (closuresOf(ctx).app.has(id) ? 'app' : null), priority: 2 },
            { debugName: 'panel', name: (id: string, ctx: Context) => (closuresOf(ctx).panel.has(id) && !closuresOf(ctx).app.has(id) ? 'panel' : null), priority: 1 },
            { debugName: 'list', name: (id: string, ctx: Context) => (closuresOf(ctx).list.has(id) && !closuresOf(ctx).app.has(id) ? 'list' : null), priority: 1 },
          ],
        },
      };
    },
  };
}
