import type { MiddlewareHandler } from 'hono';
import { sessionPagePaths } from '../../src/features/connections/schema';
import type { Auth } from './auth';
import { crossOrigin, signInRequired, tooMany } from './authErrors';

/** What answers without a session: setting up, signing in, asking who is signed in, and the list of common passwords (public). */
const open = new Set(['POST /api/setup', 'POST /api/session', 'GET /api/session']);
const commonPasswordRange = /^\/api\/common-passwords\/[0-9a-f]{5}$/;
const isOpen = (method: string, path: string) => open.has(`${method} ${path}`) || (method === 'GET' && commonPasswordRange.test(path));
const safeMethods = new Set(['GET', 'HEAD']);

/**
 * True when a change comes from the app's own pages: its `Origin` is PUBLIC_URL, or, from a
 * browser that sent no Origin, `Sec-Fetch-Site` says same-origin. Neither header: refused.
 */
export function fromOwnOrigin(headers: Headers, publicUrl: string): boolean {
  const origin = headers.get('Origin');
  if (origin !== null) return origin === publicUrl;
  return headers.get('Sec-Fetch-Site') === 'same-origin';
}

/** On /api: a change from another origin is 403; anything but the open routes needs a session (401). */
export function apiGuard(auth: Auth): MiddlewareHandler {
  return async (c, next) => {
    if (!safeMethods.has(c.req.method) && !fromOwnOrigin(c.req.raw.headers, auth.publicUrl)) return crossOrigin();
    if (!isOpen(c.req.method, c.req.path) && !(await auth.sessionOf(c))) return signInRequired(await auth.ownerExists());
    await next();
  };
}

/** POST /api/connections/test: 30 a minute per session, so the server cannot be used to guess tokens. */
export function testLimit(auth: Auth): MiddlewareHandler {
  return async (c, next) => {
    const session = await auth.sessionOf(c);
    if (c.req.method !== 'POST' || !session) return next();
    const reservation = await auth.rate.reserve([`test:${session.idHash}`], { limit: auth.testsPerMinute, windowMs: 60_000 }, auth.now());
    if (!reservation.ok) return tooMany(`You tested credentials ${auth.testsPerMinute} times in the last minute, the most this server allows.`, reservation.retryAfterSeconds);
    await next();
  };
}

/** The pages that need no session: they are where a person without one is sent. */
const signInPages = new Set<string>([sessionPagePaths.signIn, sessionPagePaths.setup]);

/** A request for a page of the app (not the API, the callbacks, an asset or any other file). */
function isPage(path: string): boolean {
  return !/^\/(api|oauth|assets|proxy)(\/|$)|^\/healthz$/.test(path) && !/\.[a-z0-9]+$/i.test(path);
}

/**
 * Before the built app: a page requested without a session answers 303 to /sign-in?next=<path>,
 * or to /setup (keeping a ?token) while no owner exists. /sign-in and /setup are served as they are.
 */
export function pageGuard(auth: Auth): MiddlewareHandler {
  return async (c, next) => {
    const path = c.req.path;
    if (!safeMethods.has(c.req.method) || !isPage(path) || signInPages.has(path) || (await auth.sessionOf(c))) return next();
    const url = new URL(c.req.url);
    let target: string;
    if (await auth.ownerExists()) {
      target = `${sessionPagePaths.signIn}?${new URLSearchParams({ next: `${path}${url.search}` })}`;
    } else {
      const token = url.searchParams.get('token');
      target = token ? `${sessionPagePaths.setup}?${new URLSearchParams({ token })}` : sessionPagePaths.setup;
    }
    c.header('Cache-Control', 'no-store');
    return c.redirect(target, 303);
  };
}
