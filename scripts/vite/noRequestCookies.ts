/**
 * Stands in for msw's request cookies in the browser build (see mswWithoutCookieJar.ts): our
 * handlers read no cookies, so none are parsed (msw's cookie parser stays out).
 */
export function getAllRequestCookies(): Record<string, string> {
  return {};
}
