import { Suspense, useEffect } from 'react';
import { Route, Switch } from 'wouter';
import { ConnectionsPage } from '../features/connections/list/ConnectionsPage';
import { RouteErrorBoundary } from './ErrorBoundary';
import { lazyRoute } from './lazyRoute';
import { NotFoundPage } from './NotFoundPage';
import { preloadServerRoute, serverRoutes } from './serverRoutes';
import styles from './routes.module.css';

// The panel (react-hook-form, the sections, later the setup guide) is its own chunk: the list
// paints without it, and it is fetched on the way to a control that opens it (usePreloadPanelOnIntent).
const panel = lazyRoute(() => import('../features/connections/form/ConnectionPanel').then((module) => module.ConnectionPanel));
const ConnectionPanel = panel.Component;

// The Redirect URL BigCommerce sends the person back to (in the authorization popup, or this tab).
const callback = lazyRoute(() => import('../features/connections/authorize/OAuthCallbackPage').then((module) => module.OAuthCallbackPage));
const OAuthCallbackPage = callback.Component;

/**
 * The chunk the first page needs beyond the entry, if any: main.tsx loads it before the first
 * render, so that page paints whole, without a "Loading…" in between.
 */
export function preloadRoute(pathname: string): Promise<void> {
  const serverPage = import.meta.env.MODE === 'server' ? preloadServerRoute(pathname) : null;
  if (serverPage) return serverPage;
  if (pathname === '/connections/new' || /^\/connections\/[^/]+\/edit$/.test(pathname)) return panel.preload();
  if (pathname === '/oauth/callback') return callback.preload();
  return Promise.resolve();
}

/**
 * The panel's chunk is fetched, and run, once a pointer or the focus reaches a control that opens it
 * (marked `data-opens-panel`), a moment before the click: not at a timer, which on the list page
 * would be a long task that nobody asked for (it counts in Lighthouse's total blocking time).
 */
function usePreloadPanelOnIntent() {
  useEffect(() => {
    const onIntent = (event: Event) => {
      if (event.target instanceof Element && event.target.closest('[data-opens-panel]')) void panel.preload().catch(() => undefined);
    };
    document.addEventListener('pointerover', onIntent, { capture: true, passive: true });
    document.addEventListener('focusin', onIntent, true);
    return () => {
      document.removeEventListener('pointerover', onIntent, true);
      document.removeEventListener('focusin', onIntent, true);
    };
  }, []);
}

export function AppRoutes() {
  usePreloadPanelOnIntent();
  return (
    <RouteErrorBoundary>
      {/* As tall as a panel, so the footer stays below the fold while a lazy route loads: no layout shift when it arrives. */}
      <Suspense
        fallback={
          <p role="status" className={styles.pending}>
            Loading…
          </p>
        }
      >
        <Switch>
          <Route path="/">
            <ConnectionsPage />
          </Route>
          <Route path="/connections/new">
            <ConnectionPanel mode="create" />
          </Route>
          <Route path="/connections/:id/edit">{(params) => <ConnectionPanel key={params.id} mode="edit" id={params.id} />}</Route>
          <Route path="/oauth/callback">
            <OAuthCallbackPage />
          </Route>
          {import.meta.env.MODE === 'server' && serverRoutes()}
          <Route>
            <NotFoundPage />
          </Route>
        </Switch>
      </Suspense>
    </RouteErrorBoundary>
  );
}
