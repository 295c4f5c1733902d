import { Suspense, useEffect } from 'react';
import { Route, Switch } from 'wouter';
import { ConnectionsPage } from '../features/connections/list/ConnectionsPage';
import { RouteErrorBoundary } from './ErrorBoundary';
import { lazyRoute } from './lazyRoute';
import { NotFoundPage } from './NotFoundPage';
import { preloadServerRoute, serverRoutes } from './serverRoutes';
import styles from './routes.module.css';

// The panel (react-hook-form, the sections, later the setup guide) is its own chunk: the list
// paints without it, and it is fetched as soon as the browser is idle so opening it rarely waits.
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

function usePreloadPanel() {
  useEffect(() => {
    const timer = setTimeout(() => void panel.preload().catch(() => undefined), 200);
    return () => clearTimeout(timer);
  }, []);
}

export function AppRoutes() {
  usePreloadPanel();
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
