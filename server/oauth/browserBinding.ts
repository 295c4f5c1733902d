import type { Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { sha256Hex } from '../sha256';

// The browser that started an authorization carries a random value in an HttpOnly cookie; the
// database keeps only the SHA-256 of that value joined to the session's id hash, so the callback
// completes only what this browser started, signed in with this same session.

const cookieName = 'bc_wizard_authorize';
const maxAgeSeconds = 10 * 60;

const binding = (value: string, sessionIdHash: string) => sha256Hex(`${value}.${sessionIdHash}`);

/** This browser's binding to its session, setting a fresh cookie when it has none. */
export async function bindBrowser(c: Context, secure: boolean, sessionIdHash: string): Promise<string> {
  let value = getCookie(c, cookieName);
  if (!value || !/^[A-Za-z0-9_-]{43}$/.test(value)) {
    value = Buffer.from(crypto.getRandomValues(new Uint8Array(32))).toString('base64url');
  }
  // Lax: BigCommerce sends the browser back with a top-level GET, which carries Lax cookies.
  setCookie(c, cookieName, value, { httpOnly: true, sameSite: 'Lax', secure, path: '/', maxAge: maxAgeSeconds });
  return binding(value, sessionIdHash);
}

/** The binding of the browser making this request, if it carries the cookie and a session. */
export async function browserOf(c: Context, sessionIdHash: string | undefined): Promise<string | undefined> {
  const value = getCookie(c, cookieName);
  return value && sessionIdHash ? binding(value, sessionIdHash) : undefined;
}
