/** Stands in for msw's cookie store in the browser build (see mswWithoutCookieJar.ts): it keeps no cookies. */
export const cookieStore = {
  getCookies(): never[] {
    return [];
  },
  async setCookie(): Promise<void> {},
};
