// BigCommerce's own memory of what it issued and what was changed, in IndexedDB ('bc-simulator').
// The consent page (a popup), the app's callback page and the opener are different documents,
// each with its own module memory, so codes and app tokens must live where all of them can read
// them; changed products and deleted API accounts live beside them. Quota windows stay in module
// memory (quota.ts): they only bound bursts within one page. The HTTP simulator saves this
// database to a file after each change (http/stateFile.ts): every writer calls simulatorDbChanged().
import type { DBSchema, IDBPDatabase } from 'idb';
import { reopenableDb } from '../shared/reopenableDb';
import type { Product } from './catalog/product';

export const simulatorDbName = 'bc-simulator';

export interface StoredAuthorizationCode {
  readonly code: string;
  readonly clientId: string;
  readonly storeHash: string;
  readonly scopes: readonly string[];
  readonly scope: string;
  readonly redirectUri: string;
  readonly issuedAt: number;
  readonly used: boolean;
}

/** An app token, stored as BigCommerce would: by its SHA-256 digest, never in clear. */
export interface StoredAppToken {
  readonly tokenHash: string;
  readonly storeHash: string;
  readonly clientId: string;
  readonly scopes: readonly string[];
  readonly issuedAt: number;
}

/** A product as a PUT left it; products never changed are generated (catalog/products.ts). */
export interface StoredProduct {
  /** `${storeHash}/${id}` */
  readonly key: string;
  readonly storeHash: string;
  readonly product: Product;
}

/** A store-level API account deleted with POST /__simulator/revoke, by its token's digest. */
export interface RevokedAccount {
  readonly tokenHash: string;
  readonly revokedAt: number;
}

interface SimulatorSchema extends DBSchema {
  codes: { key: string; value: StoredAuthorizationCode };
  tokens: { key: string; value: StoredAppToken };
  products: { key: string; value: StoredProduct };
  revokedAccounts: { key: string; value: RevokedAccount };
}

export type SimulatorDb = IDBPDatabase<SimulatorSchema>;
export const simulatorStores = ['codes', 'tokens', 'products', 'revokedAccounts'] as const;

export const openSimulatorDb = reopenableDb<SimulatorSchema>(simulatorDbName, 2, (db, oldVersion) => {
  if (oldVersion < 1) {
    db.createObjectStore('codes', { keyPath: 'code' });
    db.createObjectStore('tokens', { keyPath: 'tokenHash' });
  }
  if (oldVersion < 2) {
    db.createObjectStore('products', { keyPath: 'key' });
    db.createObjectStore('revokedAccounts', { keyPath: 'tokenHash' });
  }
});

const changeListeners = new Set<() => void>();

/** Called after every committed change; the function returned stops it. */
export function onSimulatorDbChange(listener: () => void): () => void {
  changeListeners.add(listener);
  return () => changeListeners.delete(listener);
}

/** Every writer calls this once its transaction has committed. */
export function simulatorDbChanged(): void {
  for (const listener of changeListeners) listener();
}

export async function clearSimulatorDb(): Promise<void> {
  const db = await openSimulatorDb();
  const tx = db.transaction(simulatorStores, 'readwrite');
  await Promise.all([...simulatorStores.map((name) => tx.objectStore(name).clear()), tx.done]);
  simulatorDbChanged();
}

/** Hex SHA-256 of a token: the key under which an issued token is found again. */
export async function tokenDigest(token: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(token));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
