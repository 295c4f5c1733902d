/**
 * The pages the build renders to HTML (src/prerender.tsx, scripts/vite/prerender.ts): the only
 * list of them. Each is written where static servers look for it (`/` → index.html, `/a/b` →
 * a/b.html); every other page gets app.html, the shell without markup, and renders on the client.
 * A page here must render the same markup on the server and in its first client render (no
 * browser storage, no `window`, no time in that render): main.tsx hydrates it.
 */
export const prerenderedRoutes = ['/', '/connections/new'] as const;

/** The file a prerendered page is written to, relative to the build's folder. */
export function prerenderedFile(path: string): string {
  return path === '/' ? 'index.html' : `${path.replace(/^\//, '')}.html`;
}

/** The shell every other page is served: index.html as built, with an empty root. */
export const appShellFile = 'app.html';

/** The attribute of #root that says which path its markup was rendered for. */
export const prerenderedAttribute = 'data-prerendered';
