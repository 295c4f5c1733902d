import { normalizeStoreHash, storeHashPattern } from '../schema/plain';

export const developerPortalUrl = 'https://devtools.bigcommerce.com/my/apps';

/** The bare store hash if the input holds a usable one, else undefined (so no link is built from junk). */
export function usableStoreHash(input: string | undefined): string | undefined {
  if (!input) return undefined;
  const { hash } = normalizeStoreHash(input);
  return storeHashPattern.test(hash) ? hash.toLowerCase() : undefined;
}

export function storeControlPanelUrl(storeHash: string): string {
  return `https://store-${storeHash}.mybigcommerce.com/manage`;
}

export function storeApiAccountsUrl(storeHash: string): string {
  return `${storeControlPanelUrl(storeHash)}/settings/api-accounts`;
}
