import { sessionPagePaths } from '../connections/schema';

/** The pages of this feature (and the activity log's, the API keys' and the webhooks', linked from its menu). */
export const sessionPaths = { ...sessionPagePaths, apiKeys: '/api-keys', webhooks: '/webhooks' } as const;

/** Pages where nobody need be signed in: a 401 there is the page's own business. */
export function isSignedOutPage(pathname: string): boolean {
  return pathname === sessionPaths.signIn || pathname === sessionPaths.setup;
}

/** "/sign-in?next=PATH". */
export function signInHref(next: string): string {
  return next === '/' ? sessionPaths.signIn : `${sessionPaths.signIn}?next=${encodeURIComponent(next)}`;
}

const hasControlCharacter = (text: string) => [...text].some((character) => character.charCodeAt(0) < 0x20 || character.charCodeAt(0) === 0x7f);

/**
 * Where to go after signing in: `next` when it is a path of this app (same origin, not a sign-in
 * page); "/" otherwise. A link from elsewhere cannot send the person off-site ("//evil.example",
 * "https://…", "/\\evil", "javascript:…").
 */
export function safeNext(next: string | null, origin: string = location.origin): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\') || hasControlCharacter(next)) return '/';
  let url: URL;
  try {
    url = new URL(next, origin);
  } catch {
    return '/';
  }
  if (url.origin !== origin || isSignedOutPage(url.pathname)) return '/';
  return `${url.pathname}${url.search}${url.hash}`;
}
