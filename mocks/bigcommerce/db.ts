// BigCommerce's own memory of what it issued, in IndexedDB ('bc-simulator'). The consent page
// (a popup), the app's callback page and the opener are different documents, each with its own
// module memory, so codes and app tokens must live where all of them can read them. Quota
// windows stay in module memory (quota.ts): they only bound bursts within one page.
import type { DBSchema, IDBPDatabase } from 'idb';
import { reopenableDb } from '../shared/reopenableDb';

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

interface SimulatorSchema extends DBSchema {
  codes: { key: string; value: StoredAuthorizationCode };
  tokens: { key: string; value: StoredAppToken };
}

export type SimulatorDb = IDBPDatabase<SimulatorSchema>;

export const openSimulatorDb = reopenableDb<SimulatorSchema>(simulatorDbName, 1, (db) => {
  db.createObjectStore('codes', { keyPath: 'code' });
  db.createObjectStore('tokens', { keyPath: 'tokenHash' });
});

export async function clearSimulatorDb(): Promise<void> {
  const db = await openSimulatorDb();
  const tx = db.transaction(['codes', 'tokens'], 'readwrite');
  await Promise.all([tx.objectStore('codes').clear(), tx.objectStore('tokens').clear(), tx.done]);
}

/** Hex SHA-256 of a token: the key under which an issued token is found again. */
export async function tokenDigest(token: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(token));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
