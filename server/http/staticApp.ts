import { serveStatic } from '@hono/node-server/serve-static';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { escapeHtml } from './escapeHtml';
import type { ServerApp } from './requestLog';

/** What the build writes beside the pages (scripts/vite/prerender.ts): which file serves which path. */
interface PrerenderManifest {
  pages: Record<string, string>;
  shell: string;
}

/**
 * The built app (the server build: no mock backend, no service worker). Files by path; a page
 * route gets its HTML: a prerendered page (`/`, `/connections/new`: prerendered.json) its own,
 * every other page the shell without markup, where the app renders on the client. A build
 * without the manifest (older) serves index.html for every page, as before.
 */
export function mountStaticApp(app: ServerApp, staticDir: string, publicUrl: string, simulatorUrl?: string): void {
  // PUBLIC_URL in each page, so the form shows the Redirect URL BigCommerce must be given; with
  // --simulate, the simulator's address, so the setup guide links to its pages, not to real stores.
  const meta = [
    `<meta name="bc-public-url" content="${escapeHtml(publicUrl)}">`,
    ...(simulatorUrl ? [`<meta name="bc-simulator-url" content="${escapeHtml(simulatorUrl)}">`] : []),
  ].join('\n  ');
  const page = (file: string) => {
    const full = path.join(staticDir, file);
    return existsSync(full) ? readFileSync(full, 'utf8').replace('</head>', `  ${meta}\n  </head>`) : undefined;
  };
  const index = page('index.html');
  if (!index) throw new Error(`The built app is missing: ${path.join(staticDir, 'index.html')} does not exist. Run "npm run build:server".`);
  const manifestPath = path.join(staticDir, 'prerendered.json');
  const manifest: PrerenderManifest = existsSync(manifestPath) ? JSON.parse(readFileSync(manifestPath, 'utf8')) : { pages: { '/': 'index.html' }, shell: 'index.html' };
  const shell = page(manifest.shell) ?? index;
  const pages = new Map(Object.entries(manifest.pages).map(([route, file]) => [route, page(file) ?? shell]));
  const html = { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache' };

  app.use('/assets/*', serveStatic({ root: path.relative(process.cwd(), staticDir), onFound: (_path, c) => c.header('Cache-Control', 'public, max-age=31536000, immutable') }));
  app.get('*', async (c, next) => {
    // A path with a file extension is a file: served if it exists, otherwise a plain 404.
    if (/\.[a-z0-9]+$/i.test(c.req.path)) return next();
    return c.body(pages.get(c.req.path) ?? shell, 200, html);
  });
  app.use('*', serveStatic({ root: path.relative(process.cwd(), staticDir) }));
}
