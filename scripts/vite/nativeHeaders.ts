/**
 * Stands in for headers-polyfill in the browser build (see mswWithoutCookieJar.ts): msw uses it
 * only to split a mocked response's Set-Cookie, which our backend never sends; the browser's own
 * Headers#getSetCookie does without set-cookie-parser.
 */
export const Headers = globalThis.Headers;
