// Test data. The credentials are those of the BigCommerce simulator's demo world
// (mocks/fixtures/bigcommerce.md): saving a Basic or Token connection runs a connection test
// against the simulated store, and only these pass it. Everything is made up.

import { bigcommerceApiAccounts, bigcommerceApps } from '../mocks/fixtures/bigcommerce';
import { demoOAuthClients } from '../mocks/fixtures/demo';

/** Plumtree Outfitters, the simulator's working store. */
export const storeHash = 'x7kq2mfa9b';

/** The store's full read-only API account ("Connection wizard (read-only)"). */
const apiAccount = {
  clientId: '5k1l8m2n9b4v7c3x6z0a8s1d4f7g2h5',
  accessToken: 'q4w8e2r6t0y3u7i1o5p9a2s6d0f4g8h',
} as const;

export const token = {
  name: 'BigCommerce - Token store',
  accessToken: apiAccount.accessToken,
  clientId: apiAccount.clientId,
  storeHash,
} as const;

/** Basic is the same API account: the client ID as username, the access token as password. */
export const basic = {
  name: 'BigCommerce - Basic store',
  username: apiAccount.clientId,
  password: apiAccount.accessToken,
  storeHash,
} as const;

export const oauth2 = {
  name: 'BigCommerce - OAuth store',
  storeHash,
  client: 'BigCommerce demo app',
  scope: { resource: 'Products', level: 'Read-only' },
} as const;

/** The OAuth 2.0 client the mock backend starts with (mocks/fixtures/demo.ts). */
export const demoClient = {
  name: 'BigCommerce demo app',
  clientId: 'd3m0app1c2l3i4e5n6t7i8d9a0b1c2d',
  clientSecret: 's3cr3t0f7h3d3m0app9x8c7v6b5n4m2',
} as const;

export const newClient = {
  name: 'My BigCommerce app',
  clientId: 'c1i2e3n4t5i6d7a8b9c0d1e2f3g4h5i',
  // Not the Catalog reader's client ID (z9x8…), which specs type into a plain field: a secret must be unique to be searched for.
  clientSecret: 'y8u7i6o5p4a3s2d1f0g9h8j7k6l5z4x',
} as const;

/** A token BigCommerce does not know: saving it records the connection as offline (401). */
export const rotatedAccessToken = 'r0t4t3d8t0k3n2a5s7d9f1g3h5j7k9l';
export const rotatedClientSecret = 'n3w5e7c9r1e3t5c7l9i1e3n5t7s9e1c';

/** Secrets some specs type on purpose (a token BigCommerce refuses, a wrong client secret, a file's client secret). */
export const wrongAccessToken = 'w4r0n9t0k3n5a7s9d1f3g5h7j9k1l3z';
export const wrongClientSecret = 'wr0ng5ecr3t0f7h3d3m0app9x8c7v6b';
export const importedClientSecret = 'p0n9m8l7k6j5h4g3f2d1s0a9z8x7c6v';

/** The store hash written the ways people paste it, and what the field keeps. */
export const pastedStoreHashes = [
  { pasted: 'https://api.bigcommerce.com/stores/x7kq2mfa9b/v3/', source: 'API path' },
  { pasted: 'https://store-x7kq2mfa9b.mybigcommerce.com/manage/dashboard', source: 'control-panel address' },
  { pasted: 'stores/x7kq2mfa9b', source: 'store context' },
  { pasted: '  "x7kq2mfa9b" ', source: 'quoted' },
] as const;

/**
 * Every secret the suite knows: the tokens, passwords and client secrets above and those of the
 * simulator's demo world. The fixture's automatic leak check (fixtures.ts) looks for each of them
 * after every test; a test typing another secret registers it with `secrets.track(value)`.
 */
export const allSecrets: readonly string[] = [
  ...new Set([
    token.accessToken,
    basic.password,
    demoClient.clientSecret,
    newClient.clientSecret,
    rotatedAccessToken,
    rotatedClientSecret,
    wrongAccessToken,
    wrongClientSecret,
    importedClientSecret,
    ...bigcommerceApiAccounts.map((account) => account.accessToken),
    ...bigcommerceApps.map((app) => app.clientSecret),
    ...demoOAuthClients.map((client) => client.clientSecret),
  ]),
];
