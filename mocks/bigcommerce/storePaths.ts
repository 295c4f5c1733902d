/** The REST endpoints of api.bigcommerce.com the simulator answers (store.ts registers them, storeApi.ts answers). */
export const storePaths = ['/v2/store', '/v2/time', '/v3/catalog/summary', '/v3/settings/store/profile'] as const;
export type StorePath = (typeof storePaths)[number];
