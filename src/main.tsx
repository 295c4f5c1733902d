/**
 * The page's only script before its first paint. A prerendered page (src/app/prerenderedRoutes.ts)
 * is whole and usable as HTML: the app's code (src/app/start.tsx, with React) is fetched once the
 * page has painted, so it does not share the network with the HTML and the stylesheet; typing
 * before it runs is kept (src/lib/hydration.ts). Any other page needs the app to show anything:
 * it is fetched at once. See docs/decisions/prerender.md.
 */
import { prerenderedAttribute } from './app/prerenderedRoutes';
import { afterFirstContentfulPaint } from './lib/afterPaint';
import { guardPrerenderedForms } from './lib/prerenderedLeaveGuard';
import './app/tokens.css';
import './app/global.css';

/** A hidden tab paints nothing: the app does not wait for a paint longer than this. */
const paintWaitLimitMs = 1500;

function loadApp(): void {
  // React arrives first and runs in a task of its own, apart from the app's code (routeChunks.ts).
  void import('react-dom/client').catch(() => undefined);
  // The create form's own chunk in parallel with the app's, not after it has run.
  if (location.pathname === '/connections/new') void import('./features/connections/form/ConnectionPanel').catch(() => undefined);
  // If it fails, the page's notice that the app has not loaded stays (index.html, global.css).
  import('./app/start').catch((cause: unknown) => console.error('The app did not load.', cause));
}

const root = document.getElementById('root');
if (root && root.getAttribute(prerenderedAttribute) === location.pathname) {
  // Until the app runs, leaving a form typed into gets the browser's prompt.
  guardPrerenderedForms(root);
  let loaded = false;
  const once = () => {
    if (loaded) return;
    loaded = true;
    loadApp();
  };
  afterFirstContentfulPaint(once);
  setTimeout(once, paintWaitLimitMs);
} else {
  loadApp();
}
