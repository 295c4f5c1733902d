import type { DBSchema, IDBPDatabase } from 'idb';
import { reopenableDb } from '../shared/reopenableDb';
import type { ConnectionStatus } from '../../src/features/connections/schema';
import type { EncryptedSecret } from './crypto';

export const backendDbName = 'bc-wizard-backend';

/** A secret at rest: ciphertext and IV as base64 text, plus when it was last set. */
export interface StoredSecretRecord extends EncryptedSecret {
  readonly updatedAt: string;
}

interface StoredConnectionBase {
  readonly id: string;
  readonly name: string;
  readonly storeHash: string;
  readonly status: ConnectionStatus;
  /** Read from BigCommerce by the last successful test or authorization with these credentials. */
  readonly storeName?: string;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** What the OAuth 2.0 callback stored: the token encrypted like every other secret. */
export interface StoredAuthorization {
  readonly grantedScopes: readonly string[];
  readonly authorizedAt: string;
  readonly accessToken: StoredSecretRecord;
}

export type StoredConnection = StoredConnectionBase &
  (
    | {
        readonly authType: 'oauth2';
        readonly oauthClientId: string;
        readonly scopes: readonly string[];
        readonly authorization?: StoredAuthorization;
      }
    | { readonly authType: 'basic'; readonly username: string; readonly password: StoredSecretRecord }
    | { readonly authType: 'token'; readonly clientId: string; readonly accessToken: StoredSecretRecord }
  );

export interface StoredOAuthClient {
  readonly id: string;
  readonly name: string;
  readonly clientId: string;
  readonly clientSecret: StoredSecretRecord;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** An OAuth 2.0 authorization waiting for its callback (POST /api/connections/:id/authorize). */
export interface PendingAuthorization {
  readonly state: string;
  readonly connectionId: string;
  readonly createdAt: string;
}

/**
 * The first completed answer to a request sent with an `Idempotency-Key` (mocks/backend/idempotency.ts).
 * Never a secret: only the serialized response (which carries none) and a SHA-256 fingerprint of the request.
 */
export interface StoredIdempotentResult {
  readonly key: string;
  /** SHA-256 (hex) of the key, method, path and body. */
  readonly fingerprint: string;
  readonly status: number;
  /** The response body as sent. */
  readonly body: string;
  /** When it was stored (ms since the epoch); it expires 24 h later. */
  readonly storedAt: number;
}

interface BackendSchema extends DBSchema {
  connections: { key: string; value: StoredConnection };
  oauthClients: { key: string; value: StoredOAuthClient };
  keys: { key: string; value: CryptoKey };
  authorizations: { key: string; value: PendingAuthorization };
  idempotency: { key: string; value: StoredIdempotentResult };
}

/** The stores a reset empties; `keys` is kept so nothing encrypted is orphaned. */
const dataStores = ['connections', 'oauthClients', 'authorizations', 'idempotency'] as const;

export type BackendDb = IDBPDatabase<BackendSchema>;

// Each step brings a database of the previous version up to the next; data is kept.
export const openBackendDb = reopenableDb<BackendSchema>(backendDbName, 3, (db, oldVersion) => {
  if (oldVersion < 1) {
    db.createObjectStore('connections', { keyPath: 'id' });
    db.createObjectStore('oauthClients', { keyPath: 'id' });
    db.createObjectStore('keys');
  }
  if (oldVersion < 2) db.createObjectStore('authorizations', { keyPath: 'state' });
  if (oldVersion < 3) db.createObjectStore('idempotency', { keyPath: 'key' });
});

/** Empties the data stores; the encryption key stays, so nothing encrypted with it is orphaned. */
export async function clearBackendData(): Promise<void> {
  const db = await openBackendDb();
  const tx = db.transaction(dataStores, 'readwrite');
  await Promise.all([...dataStores.map((name) => tx.objectStore(name).clear()), tx.done]);
}

/** Empties every store, the key included: a fresh start for each test. */
export async function clearBackendDatabase(): Promise<void> {
  const db = await openBackendDb();
  const tx = db.transaction([...dataStores, 'keys'], 'readwrite');
  await Promise.all([...tx.objectStoreNames].map((name) => tx.objectStore(name).clear()).concat(tx.done));
}
