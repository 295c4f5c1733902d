// @vitest-environment node
import { bigcommerceApiAccounts, PLUMTREE_STORE_HASH } from '../../fixtures/bigcommerce';
import { simulatorPage, startHttpSimulator } from './testing';

const simulator = startHttpSimulator();

const page = (path: string) => simulatorPage(simulator, path);

describe("a store's control panel (the setup guide's links under --simulate)", () => {
  it('/store-HASH/manage names the store and its hash, and links to its API accounts', async () => {
    const { response, document } = await page(`/store-${PLUMTREE_STORE_HASH}/manage`);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Security-Policy')).toContain("default-src 'none'");
    expect(document.querySelector('h1')?.textContent).toBe('Plumtree Outfitters: control panel');
    expect(document.querySelector('main code')?.textContent).toBe(PLUMTREE_STORE_HASH);
    const link = document.querySelector('main a');
    expect(link?.textContent).toBe('Settings › Store-level API accounts');
    expect(link?.getAttribute('href')).toBe(`/store-${PLUMTREE_STORE_HASH}/manage/settings/api-accounts`);
  });

  it("…/settings/api-accounts lists each of the store's API accounts with its credentials and scopes", async () => {
    const { response, document } = await page(`/store-${PLUMTREE_STORE_HASH}/manage/settings/api-accounts`);
    expect(response.status).toBe(200);
    expect(document.querySelector('h1')?.textContent).toBe('Store-level API accounts');
    const accounts = bigcommerceApiAccounts.filter((account) => account.storeHash === PLUMTREE_STORE_HASH);
    expect([...document.querySelectorAll('h2')].map((heading) => heading.textContent)).toEqual(accounts.map((account) => account.clientName));
    const first = document.querySelector('dl')!;
    expect(first.textContent).toContain(accounts[0]!.clientId);
    expect(first.textContent).toContain(accounts[0]!.accessToken);
    expect([...first.querySelectorAll('li')].map((item) => item.textContent)).toEqual([
      'Information & Settings: Read-only',
      'Products: Read-only',
      'Orders: Read-only',
      'Customers: Read-only',
    ]);
    expect(document.querySelectorAll('script')).toHaveLength(0);
  });

  it('says so for a store with no API accounts, and answers 404 for a store the account does not have', async () => {
    expect((await page('/store-ratelimit1/manage/settings/api-accounts')).document.querySelector('main')?.textContent).toContain('This store has no API accounts in the simulator.');
    const unknown = await page('/store-abc123/manage/settings/api-accounts');
    expect(unknown.response.status).toBe(404);
    expect(unknown.document.querySelector('main p')?.textContent).toBe('There is no store abc123 in this BigCommerce account. Its stores are x7kq2mfa9b, ratelimit1, outage5000.');
  });
});
