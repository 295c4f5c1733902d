/**
 * The app itself, loaded by src/main.tsx: starts the backend, then hydrates the page's
 * prerendered HTML or renders it.
 */
import { StrictMode, startTransition } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './App';
import { prerenderedAttribute } from './prerenderedRoutes';
import { preloadRoute } from './routes';
import { afterFirstContentfulPaint } from '../lib/afterPaint';
import { startHydration } from '../lib/hydration';
import { NetworkError, setBackendReady } from '../lib/http';

// The app runs: the page's notice that it has not (index.html) goes.
document.getElementById('app-not-running')?.remove();

// The first page's own chunk, if it has one, starts downloading now and is in before the first render.
const firstRoute = preloadRoute(location.pathname);

// The embedded mock backend is its own chunk, the demo's largest; every request waits for it. If it
// cannot start, requests fail as "the server could not be reached". The create form's first paint
// needs no data, so there it starts once the form has painted, and does not compete with it for the
// network; everywhere else at once.
const formFirst = location.pathname === '/connections/new';
let startBackend: () => void = () => undefined;
const backendStart = new Promise<void>((resolve) => {
  startBackend = resolve;
});
if (!formFirst) startBackend();
// Built for the server (`vite build --mode server`), the page talks to it directly: no worker, no
// mock chunk in the build at all, since this condition is a constant there.
const backendReady =
  import.meta.env.MODE === 'server'
    ? Promise.resolve()
    : backendStart
        .then(() => import('../../mocks/browser'))
        .then((backend) => backend.startMockBackend())
        .catch((cause: unknown) => {
          console.error('The embedded backend did not start.', cause);
          throw new NetworkError(cause);
        });
// Each request reports the failure itself; this only keeps it from being an unhandled rejection.
backendReady.catch(() => undefined);
setBackendReady(backendReady);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');

// The simulated BigCommerce consent page (the authorization popup) is served by this build too.
if (import.meta.env.MODE !== 'server' && location.pathname === '/__bigcommerce/consent') {
  await backendReady.catch(() => undefined);
  (await import('../../mocks/bigcommerce/consent')).mountConsentPage(root);
} else {
  // Rendering before it is in would show "Loading…" and then hold the page back (see lazyRoute.tsx).
  // If it fails to load, the route's error boundary says so on the render's own attempt.
  await firstRoute.catch(() => undefined);
  const app = (
    <StrictMode>
      <App />
    </StrictMode>
  );
  // The build rendered this page's HTML (src/app/prerenderedRoutes.ts): React takes it over as it
  // is, with whatever was typed into it. A server may send the HTML of another path (a fallback):
  // then the page renders from scratch.
  if (root.getAttribute(prerenderedAttribute) === location.pathname) {
    startHydration();
    // In a transition, React hydrates in slices of a few milliseconds and yields to the browser
    // between them (a default-priority hydration is one long task); a person's input on a part
    // not yet hydrated makes React hydrate that part at once.
    startTransition(() => {
      hydrateRoot(root, app);
    });
  } else {
    root.replaceChildren();
    root.removeAttribute(prerenderedAttribute);
    // Synchronously, so that the page is in the DOM before the paint afterFirstContentfulPaint waits for.
    flushSync(() => createRoot(root).render(app));
  }
  if (formFirst) afterFirstContentfulPaint(startBackend);
}
