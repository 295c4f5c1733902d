import { Suspense, useEffect } from 'react';
import { Route, Switch } from 'wouter';
import { RouteErrorBoundary } from './ErrorBoundary';
import { lazyRoute } from './lazyRoute';
import { NotFoundPage } from './NotFoundPage';
import { preloadServerRoute, serverRoutes } from './serverRoutes';
import { pageLedTo } from '../lib/leadsTo';
import styles from './routes.module.css';

// The list and the panel (react-hook-form, the sections, later the setup guide) are chunks of their
// own: each page paints without the other's, which is fetched on the way to a control that leads
// to it (usePreloadOnIntent).
const list = lazyRoute(() => import('../features/connections/list/ConnectionsPage').then((module) => module.ConnectionsPage));
const ConnectionsPage = list.Component;
const panel = lazyRoute(() => import('../features/connections/form/ConnectionPanel').then((module) => module.ConnectionPanel));
const ConnectionPanel = panel.Component;
// A connection's own page: its chunk is fetched only on the way there.
const details = lazyRoute(() => import('../features/connections/details/ConnectionDetailsPage').then((module) => module.ConnectionDetailsPage));
const ConnectionDetailsPage = details.Component;
const pages = { list, panel, details } as const;

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
  if (/^\/connections\/[^/]+$/.test(pathname)) return details.preload();
  if (pathname === '/') return list.preload();
  return Promise.resolve();
}

/**
 * A page's chunk is fetched, and run, once a pointer or the focus reaches a control that leads to it,
 * or a form that does is submitted (marked with lib/leadsTo.ts), a moment before
 * the click: not at a timer, which would be a long task that nobody asked for on the page being
 * read (it counts in Lighthouse's total blocking time).
 */
function usePreloadOnIntent() {
  useEffect(() => {
    const onIntent = (event: Event) => {
      const page = pageLedTo(event.target);
      if (page) void pages[page].preload().catch(() => undefined);
    };
    const events = ['pointerover', 'focusin', 'submit'] as const;
    for (const type of events) document.addEventListener(type, onIntent, { capture: true, passive: true });
    return () => {
      for (const type of events) document.removeEventListener(type, onIntent, true);
    };
  }, []);
}

export function AppRoutes() {
  usePreloadOnIntent();
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
          <Route path="/connections/:id">{(params) => <ConnectionDetailsPage key={params.id} id={params.id} />}</Route>
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
