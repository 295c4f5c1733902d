import { lazy, Suspense, useEffect } from 'react';
import { Route, Switch } from 'wouter';
import { ConnectionsPage } from '../features/connections/components/ConnectionsPage';
import { RouteErrorBoundary } from './ErrorBoundary';
import { NotFoundPage } from './NotFoundPage';
import styles from './routes.module.css';

// The panel (react-hook-form, the sections, later the setup guide) is its own chunk: the list
// paints without it, and it is fetched as soon as the browser is idle so opening it rarely waits.
const loadPanel = () => import('../features/connections/components/ConnectionPanel');
const ConnectionPanel = lazy(() => loadPanel().then((module) => ({ default: module.ConnectionPanel })));

// The Redirect URL BigCommerce sends the person back to (in the authorization popup, or this tab).
const OAuthCallbackPage = lazy(() =>
  import('../features/connections/components/OAuthCallbackPage').then((module) => ({ default: module.OAuthCallbackPage })),
);

function usePreloadPanel() {
  useEffect(() => {
    const timer = setTimeout(() => void loadPanel().catch(() => undefined), 200);
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
          <Route>
            <NotFoundPage />
          </Route>
        </Switch>
      </Suspense>
    </RouteErrorBoundary>
  );
}
