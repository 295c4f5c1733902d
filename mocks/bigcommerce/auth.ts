// Who holds a token, and may they call this endpoint? Store-level API accounts come from the
// fixtures; OAuth 2.0 app tokens are added by the token exchange (oauth.ts) and persisted (db.ts).
import {
  bigcommerceApiAccounts,
  bigcommerceApps,
  bigcommerceStores,
  type BigCommerceAppFixture,
  type BigCommerceStoreFixture,
} from '../fixtures/bigcommerce';
import { now } from './clock';
import { openSimulatorDb, simulatorDbChanged, tokenDigest } from './db';
import { isRevokedAccount } from './revocation';

export interface AccessGrant {
  readonly accessToken: string;
  readonly storeHash: string;
  readonly clientId: string;
  readonly scopes: readonly string[];
  readonly kind: 'api-account' | 'app';
}

/** Scopes that open each simulated endpoint: modify or read-only of one resource. */
export const requiredScopes = {
  information: ['store_v2_information', 'store_v2_information_read_only'],
  products: ['store_v2_products', 'store_v2_products_read_only'],
  productsModify: ['store_v2_products'],
  orders: ['store_v2_orders', 'store_v2_orders_read_only'],
} as const satisfies Record<string, readonly string[]>;

export function findStore(hash: string): BigCommerceStoreFixture | undefined {
  return bigcommerceStores.find((store) => store.hash === hash);
}

export function findApp(clientId: string): BigCommerceAppFixture | undefined {
  return bigcommerceApps.find((app) => app.clientId === clientId);
}

export async function findAccessGrant(token: string): Promise<AccessGrant | undefined> {
  const account = bigcommerceApiAccounts.find((candidate) => candidate.accessToken === token);
  if (account) {
    if (await isRevokedAccount(token)) return undefined;
    const { accessToken, storeHash, clientId, scopes } = account;
    return { accessToken, storeHash, clientId, scopes, kind: 'api-account' };
  }
  const db = await openSimulatorDb();
  const stored = await db.get('tokens', await tokenDigest(token));
  if (!stored) return undefined;
  return { accessToken: token, storeHash: stored.storeHash, clientId: stored.clientId, scopes: stored.scopes, kind: 'app' };
}

/** Remembers an app token (by digest) so that every document's simulator accepts it. */
export async function registerAppToken(grant: Omit<AccessGrant, 'kind'>): Promise<void> {
  const db = await openSimulatorDb();
  const tokenHash = await tokenDigest(grant.accessToken);
  await db.put('tokens', { tokenHash, storeHash: grant.storeHash, clientId: grant.clientId, scopes: [...grant.scopes], issuedAt: now() });
  simulatorDbChanged();
}

/** What uninstalling an app does to its tokens: none of them opens that store any more. */
export async function revokeAppTokens(clientId: string, storeHash: string): Promise<number> {
  const db = await openSimulatorDb();
  const tx = db.transaction('tokens', 'readwrite');
  let revoked = 0;
  for await (const cursor of tx.store) {
    if (cursor.value.clientId === clientId && cursor.value.storeHash === storeHash) {
      await cursor.delete();
      revoked += 1;
    }
  }
  await tx.done;
  if (revoked > 0) simulatorDbChanged();
  return revoked;
}

export function hasAnyScope(grant: AccessGrant, accepted: readonly string[]): boolean {
  return grant.scopes.some((scope) => accepted.includes(scope));
}
