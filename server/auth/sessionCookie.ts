import type { Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { SESSION_ABSOLUTE_MS } from './sessionStore';

/** Where the session id travels: `__Host-` and Secure under https (docs/api.md, "The cookie"). */
export interface SessionCookie {
  readonly name: string;
  readonly secure: boolean;
}

export function sessionCookieFor(publicUrl: string): SessionCookie {
  const secure = publicUrl.startsWith('https:');
  return { name: secure ? '__Host-bc_wizard_session' : 'bc_wizard_session', secure };
}

/** 32 random bytes, base64url: the only form a session id takes. */
const idPattern = /^[A-Za-z0-9_-]{43}$/;

export function readSessionId(c: Context, cookie: SessionCookie): string | undefined {
  const value = getCookie(c, cookie.name);
  return value && idPattern.test(value) ? value : undefined;
}

export function writeSessionId(c: Context, cookie: SessionCookie, id: string): void {
  // Lax: BigCommerce's top-level GET back to /oauth/callback carries it, a cross-site POST does not.
  setCookie(c, cookie.name, id, { httpOnly: true, sameSite: 'Lax', secure: cookie.secure, path: '/', maxAge: SESSION_ABSOLUTE_MS / 1000 });
}

export function clearSessionId(c: Context, cookie: SessionCookie): void {
  setCookie(c, cookie.name, '', { httpOnly: true, sameSite: 'Lax', secure: cookie.secure, path: '/', maxAge: 0 });
}
