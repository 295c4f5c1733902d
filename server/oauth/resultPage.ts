import type { OAuthCallbackResult } from '../../src/features/connections/schema';
import { escapeHtml } from '../http/escapeHtml';

// The page the Auth callback answers: it hands the outcome to the window that opened it
// (postMessage to this origin only, by /oauth/result.js: no inline script, so the strict CSP
// holds), then closes or goes on to BigCommerce. Without a script or an opener it still says
// what happened and where to go.

/** JSON that cannot end its <script> element early. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

export function resultPage(result: OAuthCallbackResult, next?: string): string {
  const heading = result.ok ? 'Authorization complete' : 'Authorization failed';
  const text = result.ok ? `The connection "${result.connection.name}" is authorized. You can close this window.` : result.message;
  const connectionId = result.ok ? result.connection.id : result.connectionId;
  const back = connectionId ? `<a href="/connections/${encodeURIComponent(connectionId)}/edit">Back to the connection</a>` : '<a href="/">Back to your connections</a>';
  const link = next ? `${back} · <a href="${escapeHtml(next)}">Continue to BigCommerce</a>` : back;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${heading} - BigCommerce connections</title>
<script type="application/json" id="oauth-result">${scriptJson({ message: { type: 'bigcommerce-oauth-result', result }, next: next ?? null })}</script>
<link rel="stylesheet" href="/oauth/result.css">
<script src="/oauth/result.js" defer></script>
</head>
<body>
<main data-outcome="${result.ok ? 'ok' : 'failed'}">
<h1>${heading}</h1>
<p role="status">${escapeHtml(text)}</p>
<p>${link}</p>
</main>
</body>
</html>`;
}

/**
 * /oauth/result.js: the page's only script. The code leaves the address bar and the history at
 * once. In the popup our app opened, it tells the app and closes: the app shows the outcome, so
 * BigCommerce's "installed" page would only be one more window to close. Opened by another origin
 * (BigCommerce's own control panel), it goes on to BigCommerce after an external install. With no
 * opener left (the app's window was closed, or the popup was blocked and this is the same tab),
 * the page stays, with its links.
 */
export const resultScript = `(() => {
  const data = JSON.parse(document.getElementById('oauth-result').textContent);
  window.history.replaceState(null, '', window.location.pathname);
  const opener = window.opener;
  if (!opener || opener.closed) return;
  let ours = false;
  try { ours = opener.location.origin === window.location.origin; } catch (error) { /* another origin: its location cannot be read */ }
  if (ours) {
    opener.postMessage(data.message, window.location.origin);
    window.close();
  } else if (data.next) {
    window.location.replace(data.next);
  }
})();
`;

/** /oauth/result.css: the app's colours and type, for a page that may stay open. */
export const resultStyles = `body { margin: 0; background: #f4f6f8; color: #1b1f24; font: 1rem/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
main { max-width: 36rem; margin: 3rem auto; padding: 1.5rem 2rem; background: #fff; border: 1px solid #d5dae1; border-radius: 0.5rem; border-top: 0.25rem solid #17693a; }
main[data-outcome="failed"] { border-top-color: #b42318; }
h1 { font-size: 1.5rem; margin: 0 0 0.75rem; }
a { color: #0b5cad; }
a:focus-visible { outline: 3px solid #1d4ed8; outline-offset: 2px; }
`;
