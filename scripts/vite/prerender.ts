import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Plugin, ViteBuilder } from 'vite';

/** What src/prerender.tsx, built for Node, exports. */
interface PrerenderModule {
  renderPage(path: string): Promise<string>;
  prerenderedRoutes: readonly string[];
  prerenderedFile(path: string): string;
  appShellFile: string;
  prerenderedAttribute: string;
}

/** The server build's entry, and where it is built (removed once the pages are written). */
export const prerenderEntry = 'src/prerender.tsx';
export const prerenderOutDir = 'node_modules/.prerender';
/** Written beside the pages: which file serves which path, for servers (server/http/staticApp.ts, `vite preview`). */
export const manifestFile = 'prerendered.json';

export interface PrerenderManifest {
  /** Path → file, for the prerendered pages. */
  pages: Record<string, string>;
  /** The file every other page is served. */
  shell: string;
}

const emptyRoot = '<div id="root"></div>';

/**
 * `builder.buildApp` (vite.config.ts): the client build, then src/prerender.tsx for Node (the
 * `ssr` environment, same config and mode, so CSS module class names and `import.meta.env.MODE`
 * are those of the client), then each page of `prerenderedRoutes` rendered into its HTML file.
 * Runs for `vite build` in every mode, and for the benchmark's `createBuilder().buildApp()`.
 */
export async function buildAndPrerender(builder: ViteBuilder): Promise<void> {
  const client = builder.environments.client;
  const server = builder.environments.ssr;
  if (!client || !server) throw new Error('prerender: the client or ssr environment is missing from the config.');
  await builder.build(client);
  await builder.build(server);
  const outDir = path.resolve(client.config.root, client.config.build.outDir);
  const serverDir = path.resolve(server.config.root, server.config.build.outDir);
  try {
    const module = (await import(pathToFileURL(path.join(serverDir, 'prerender.js')).href)) as PrerenderModule;
    await writePages(outDir, module);
  } finally {
    rmSync(serverDir, { recursive: true, force: true });
  }
}

/** Renders each page into a copy of index.html as built (the shell), and writes the shell and the manifest. */
export async function writePages(outDir: string, module: PrerenderModule): Promise<PrerenderManifest> {
  const shell = readFileSync(path.join(outDir, 'index.html'), 'utf8');
  if (!shell.includes(emptyRoot)) throw new Error(`prerender: index.html has no ${emptyRoot}.`);
  writeFileSync(path.join(outDir, module.appShellFile), shell);
  const manifest: PrerenderManifest = { pages: {}, shell: module.appShellFile };
  for (const route of module.prerenderedRoutes) {
    const file = module.prerenderedFile(route);
    const target = path.join(outDir, file);
    const markup = await module.renderPage(route);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, shell.replace(emptyRoot, () => `<div id="root" ${module.prerenderedAttribute}="${route}">${markup}</div>`));
    manifest.pages[route] = file;
  }
  writeFileSync(path.join(outDir, manifestFile), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

/**
 * `vite preview` serves a prerendered page at its path (its own file) and, for every other page,
 * the shell without markup (Vite's fallback would serve index.html, the prerendered list page).
 */
export function previewPrerendered(): Plugin {
  return {
    name: 'preview-prerendered',
    configurePreviewServer(server) {
      const outDir = path.resolve(server.config.root, server.config.build.outDir);
      const manifestPath = path.join(outDir, manifestFile);
      server.middlewares.use((req, _res, next) => {
        if ((req.method === 'GET' || req.method === 'HEAD') && req.url && existsSync(manifestPath)) {
          const url = new URL(req.url, 'http://localhost');
          const isPage = !/\.[a-z0-9]+$/i.test(url.pathname) && (req.headers.accept ?? '').includes('text/html');
          const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as PrerenderManifest;
          if (isPage && !(url.pathname in manifest.pages)) req.url = `/${manifest.shell}${url.search}`;
        }
        next();
      });
    },
  };
}

/** For plugins of the client build only: the server entry has no index.html, no chunks to group. */
export const clientOnly = (plugin: Plugin): Plugin => ({ ...plugin, applyToEnvironment: (environment) => environment.name === 'client' });
