/** api.bigcommerce.com: the origin of every store's REST API (FACTS §1). */
export const API_ORIGIN = 'https://api.bigcommerce.com';

/** The REST paths under /stores/{hash} the simulator answers (store.ts registers them, storeApi.ts answers). */
export const storePaths = [
  '/v2/store',
  '/v2/time',
  '/v2/orders',
  '/v3/catalog/summary',
  '/v3/catalog/products',
  '/v3/catalog/products/:productId',
  '/v3/settings/store/profile',
] as const;
export type StorePath = (typeof storePaths)[number];
