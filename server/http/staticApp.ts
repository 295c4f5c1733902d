import { serveStatic } from '@hono/node-server/serve-static';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { escapeHtml } from './escapeHtml';
import type { ServerApp } from './requestLog';

/**
 * The built app (the server build: no mock backend, no service worker). Files by path; a page
 * route gets its HTML: /connections/new its own prerendered-for-the-panel page, every other
 * page index.html, where the app's router takes over.
 */
export function mountStaticApp(app: ServerApp, staticDir: string, publicUrl: string): void {
  // PUBLIC_URL in each page, so the form shows the Redirect URL BigCommerce must be given.
  const meta = `<meta name="bc-public-url" content="${escapeHtml(publicUrl)}">`;
  const page = (file: string) => {
    const full = path.join(staticDir, file);
    return existsSync(full) ? readFileSync(full, 'utf8').replace('</head>', `  ${meta}\n  </head>`) : undefined;
  };
  const index = page('index.html');
  if (!index) throw new Error(`The built app is missing: ${path.join(staticDir, 'index.html')} does not exist. Run "npm run build:server".`);
  const newConnection = page('connections/new.html') ?? index;
  const html = { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache' };

  app.use('/assets/*', serveStatic({ root: path.relative(process.cwd(), staticDir), onFound: (_path, c) => c.header('Cache-Control', 'public, max-age=31536000, immutable') }));
  app.get('/connections/new', (c) => c.body(newConnection, 200, html));
  app.get('*', async (c, next) => {
    // A path with a file extension is a file: served if it exists, otherwise a plain 404.
    if (/\.[a-z0-9]+$/i.test(c.req.path)) return next();
    return c.body(index, 200, html);
  });
  app.use('*', serveStatic({ root: path.relative(process.cwd(), staticDir) }));
}
