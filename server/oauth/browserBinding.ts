import type { Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { sha256Hex } from '../../core/idempotency';

// The browser that started an authorization carries a random value in an HttpOnly cookie; the
// database keeps only its SHA-256, so the callback completes only what this browser started.

const cookieName = 'bc_wizard_authorize';
const maxAgeSeconds = 10 * 60;

/** This browser's binding (the hash of its cookie), setting a fresh cookie when it has none. */
export async function bindBrowser(c: Context, secure: boolean): Promise<string> {
  let value = getCookie(c, cookieName);
  if (!value || !/^[A-Za-z0-9_-]{43}$/.test(value)) {
    value = Buffer.from(crypto.getRandomValues(new Uint8Array(32))).toString('base64url');
  }
  // Lax: BigCommerce sends the browser back with a top-level GET, which carries Lax cookies.
  setCookie(c, cookieName, value, { httpOnly: true, sameSite: 'Lax', secure, path: '/', maxAge: maxAgeSeconds });
  return sha256Hex(value);
}

/** The binding of the browser making this request, if it carries the cookie. */
export async function browserOf(c: Context): Promise<string | undefined> {
  const value = getCookie(c, cookieName);
  return value ? sha256Hex(value) : undefined;
}
