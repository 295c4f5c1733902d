/**
 * The build's server-side entry (vite.config.ts builds it for Node after the client, see
 * scripts/vite/prerender.ts): renders a page of `prerenderedRoutes` to HTML with React's static
 * renderer, which waits for lazy routes and Suspense, so the markup is whole.
 */
import { StrictMode } from 'react';
import { prerender } from 'react-dom/static';
import { App } from './app/App';
import { preloadRoute } from './app/routes';

export { appShellFile, prerenderedAttribute, prerenderedFile, prerenderedRoutes } from './app/prerenderedRoutes';

export async function renderPage(path: string): Promise<string> {
  // As main.tsx does before hydrating: the same component tree, without a Suspense fallback.
  await preloadRoute(path);
  const { prelude } = await prerender(
    <StrictMode>
      <App ssrPath={path} />
    </StrictMode>,
  );
  return new Response(prelude).text();
}
