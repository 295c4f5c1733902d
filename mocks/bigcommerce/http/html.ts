// BigCommerce's own pages (login.bigcommerce.com), rendered on the server. No script at all and
// the look in one stylesheet of our own origin, so a strict Content-Security-Policy holds.
import { http, HttpResponse } from 'msw';
import { TOKEN_URL } from '../oauth';

export const LOGIN_ORIGIN = new URL(TOKEN_URL).origin;

export const STYLESHEET_PATH = '/assets/simulator.css';
export const ICON_PATH = '/assets/favicon.svg';

const policy = "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'";

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text or an attribute value made safe for HTML. */
export function escapeHtml(value: string | number): string {
  return String(value).replace(/[&<>"']/g, (character) => entities[character] ?? character);
}

/** A whole page: `title` is the h1 and, with " | BigCommerce", the document title; `body` is trusted HTML. */
export function htmlPage(title: string, body: string, status = 200): Response {
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} | BigCommerce</title>
<link rel="stylesheet" href="${STYLESHEET_PATH}">
<link rel="icon" href="${ICON_PATH}">
</head>
<body>
<header class="banner"><span class="logo" aria-hidden="true">B</span><span class="brand">BigCommerce</span></header>
<main class="card">
<h1>${escapeHtml(title)}</h1>
${body}
</main>
<footer>A simulated BigCommerce page for the demo and tests: nothing here reaches BigCommerce.</footer>
</body>
</html>
`;
  return HttpResponse.html(html, { status, headers: { 'Content-Security-Policy': policy, 'Cache-Control': 'no-store' } });
}

/** A page made of one paragraph and links, for outcomes and errors. */
export function messagePage(title: string, message: string, links: ReadonlyArray<{ href: string; text: string }> = [], status = 200): Response {
  const items = links.map((link) => `<a class="button secondary" href="${escapeHtml(link.href)}">${escapeHtml(link.text)}</a>`).join('\n');
  return htmlPage(title, `<p>${escapeHtml(message)}</p>${items ? `\n<p class="actions">${items}</p>` : ''}`, status);
}

/** 302 Found: how BigCommerce sends the browser on to an app's callback. */
export function redirect(location: string): Response {
  return new Response(null, { status: 302, headers: { Location: location, 'Cache-Control': 'no-store' } });
}

// Contrast (WCAG 2.2 AA) as on the embedded consent page: ink 12.4:1, muted 5.9:1, blue 4.9:1 with white.
const stylesheet = `
body { margin: 0; min-height: 100vh; display: flex; flex-direction: column; background: #f5f7fa; color: #313440;
  font-family: system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif; line-height: 1.5; }
:focus-visible { outline: 3px solid #1d4ed8; outline-offset: 2px; }
.banner { display: flex; align-items: center; gap: .75rem; padding: .75rem 1.5rem; background: #121118; color: #fff; }
.logo { display: inline-grid; place-items: center; width: 2rem; height: 2rem; border-radius: 4px; background: #fff; color: #121118; font-weight: 800; }
.brand { font-size: 1.25rem; font-weight: 700; }
.card { box-sizing: border-box; width: calc(100% - 2rem); max-width: 36rem; margin: 2rem auto; padding: 2rem; background: #fff;
  border-radius: 8px; box-shadow: 0 1px 3px rgb(18 17 24 / .15), 0 8px 24px rgb(18 17 24 / .08); }
h1 { margin: 0 0 1rem; font-size: 1.625rem; line-height: 1.25; }
h2 { margin: 1.5rem 0 .5rem; font-size: 1.125rem; }
label { display: block; font-weight: 600; margin-bottom: .25rem; }
select { width: 100%; min-height: 44px; padding: .5rem; font: inherit; color: inherit; border: 1px solid #767b91; border-radius: 4px; background: #fff; }
.help, footer { color: #5e637a; }
.help { margin: .25rem 0 0; font-size: .9375rem; }
.error { color: #b42318; }
.actions { display: flex; flex-wrap: wrap; gap: .75rem; margin-top: 1.5rem; }
.button, button { display: inline-flex; align-items: center; min-height: 44px; padding: 0 1.25rem; font: inherit; font-weight: 600;
  border-radius: 4px; border: 1px solid #3c64f4; cursor: pointer; text-decoration: none; }
.primary { background: #3c64f4; color: #fff; }
.primary:hover { background: #2a4bc4; }
.secondary { background: #fff; color: #2a4bc4; }
footer { padding: 1rem 1.5rem; margin-top: auto; font-size: .875rem; text-align: center; }
`;

// A page without an icon makes the browser ask for /favicon.ico, and the 404 is a console error.
const icon = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="4" fill="#121118"/><text x="16" y="23" font-family="Arial" font-size="20" font-weight="800" fill="#fff" text-anchor="middle">B</text></svg>';

const cached = (type: string) => ({ 'Content-Type': type, 'Cache-Control': 'public, max-age=3600' });

export const assetHandlers = [
  http.get(`${LOGIN_ORIGIN}${STYLESHEET_PATH}`, () => new Response(stylesheet, { headers: cached('text/css; charset=utf-8') })),
  http.get(`${LOGIN_ORIGIN}${ICON_PATH}`, () => new Response(icon, { headers: cached('image/svg+xml') })),
];
