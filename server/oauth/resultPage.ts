import type { OAuthCallbackResult } from '../../src/features/connections/schema';

// The page the Auth callback answers: it hands the outcome to the window that opened it
// (postMessage to this origin only, by /oauth/result.js: no inline script, so the strict CSP
// holds), then closes or goes on to BigCommerce. Without a script or an opener it still says
// what happened and where to go.

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] ?? char);

/** JSON that cannot end its <script> element early. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

export function resultPage(result: OAuthCallbackResult, next?: string): string {
  const heading = result.ok ? 'Authorization complete' : 'Authorization failed';
  const text = result.ok ? `The connection "${result.connection.name}" is authorized. You can close this window.` : result.message;
  const back = result.ok ? `/connections/${result.connection.id}/edit` : result.connectionId ? `/connections/${result.connectionId}/edit` : '/';
  const link = next ? `<a href="${escapeHtml(next)}">Continue to BigCommerce</a>` : `<a href="${escapeHtml(back)}">Back to the connection</a>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${heading} - BigCommerce connections</title>
<script type="application/json" id="oauth-result">${scriptJson({ message: { type: 'bigcommerce-oauth-result', result }, next: next ?? null })}</script>
<script src="/oauth/result.js" defer></script>
</head>
<body>
<main>
<h1>${heading}</h1>
<p role="status">${escapeHtml(text)}</p>
<p>${link}</p>
</main>
</body>
</html>`;
}

/** /oauth/result.js: the page's only script. */
export const resultScript = `(() => {
  const data = JSON.parse(document.getElementById('oauth-result').textContent);
  const opener = window.opener;
  if (opener && !opener.closed) {
    try { opener.postMessage(data.message, window.location.origin); } catch (error) { /* another origin: nothing to tell */ }
  }
  if (data.next) window.location.replace(data.next);
  else if (opener) window.close();
})();
`;
