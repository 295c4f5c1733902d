import { expect, test as base } from './fixtures';

export { expect };
export * from './fixtures';

/** What Chromium logs for an answer with an error status, or for a request that failed. */
const failedLoad = (what: number | 'net::ERR_FAILED') =>
  what === 'net::ERR_FAILED'
    ? /^Failed to load resource: net::ERR_FAILED$/
    : new RegExp(`^Failed to load resource: the server responded with a status of ${what} \\(`);

const bigCommerceHosts = /^https:\/\/(api|login)\.bigcommerce\.com\//;

/**
 * The shared `test`, plus `allowBigCommerceErrors(401, 429, …)`: lets Chromium's "Failed to load
 * resource" lines pass for those statuses, but only for requests to BigCommerce's hosts (the
 * simulated store the backend calls). The same line for any other address still fails the test.
 */
export const test = base.extend<{ allowBigCommerceErrors: (...what: Array<number | 'net::ERR_FAILED'>) => void }>({
  allowBigCommerceErrors: async ({ page, pageLog }, provide) => {
    const patterns: RegExp[] = [];
    const elsewhere: string[] = [];
    page.on('console', (message) => {
      if (message.type() !== 'error' || !patterns.some((pattern) => pattern.test(message.text()))) return;
      const { url } = message.location();
      if (!bigCommerceHosts.test(url)) elsewhere.push(`${message.text()} (${url || 'no address'})`);
    });
    await provide((...what) => {
      const added = what.map(failedLoad);
      patterns.push(...added);
      pageLog.allowConsoleErrors(...added);
    });
    expect(elsewhere, `failed loads allowed for BigCommerce only, seen elsewhere:\n${elsewhere.join('\n')}`).toEqual([]);
  },
});
