import { normalizeStoreHash, storeHashPattern } from '../../schema/plain';

export const developerPortalUrl = 'https://devtools.bigcommerce.com/my/apps';

/** The bare store hash if the input holds a usable one, else undefined (so no link is built from junk). */
export function usableStoreHash(input: string | undefined): string | undefined {
  if (!input) return undefined;
  const { hash } = normalizeStoreHash(input);
  return storeHashPattern.test(hash) ? hash.toLowerCase() : undefined;
}

/**
 * Where a store's control panel is: BigCommerce's; the BigCommerce simulator's copy of it, when the
 * server runs with --simulate (it names the simulator in the page: server/http/staticApp.ts); or
 * nowhere, in the embedded demo, whose stores exist only in this browser.
 */
export type StoreSite = { kind: 'bigcommerce' } | { kind: 'simulator'; url: string } | { kind: 'demo' };

export function storeSite(mode: string = import.meta.env.MODE): StoreSite {
  if (mode !== 'server') return { kind: 'demo' };
  const url = document.querySelector<HTMLMetaElement>('meta[name="bc-simulator-url"]')?.content;
  return url ? { kind: 'simulator', url } : { kind: 'bigcommerce' };
}

/** The control panel's address; the simulator serves it at /store-HASH/manage (mocks/bigcommerce/http/controlPanelPages.ts). */
export function storeControlPanelUrl(storeHash: string, site: StoreSite = { kind: 'bigcommerce' }): string | undefined {
  if (site.kind === 'demo') return undefined;
  return site.kind === 'simulator' ? `${site.url}/store-${storeHash}/manage` : `https://store-${storeHash}.mybigcommerce.com/manage`;
}

export function storeApiAccountsUrl(storeHash: string, site: StoreSite = { kind: 'bigcommerce' }): string | undefined {
  const controlPanel = storeControlPanelUrl(storeHash, site);
  return controlPanel && `${controlPanel}/settings/api-accounts`;
}
