import type { DBSchema, IDBPDatabase } from 'idb';
import { reopenableDb } from '../shared/reopenableDb';
import type { PendingAuthorization, StoredConnection, StoredIdempotentResult, StoredOAuthClient } from '../../core/ports';

export const backendDbName = 'bc-wizard-backend';

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

// Each step brings a database of the previous version up to the next. Version 4 binds every
// ciphertext to its record and field: the demo data of older versions cannot be read with it, so
// it starts afresh (the demo seeds itself again).
export const openBackendDb = reopenableDb<BackendSchema>(backendDbName, 4, (db, oldVersion) => {
  if (oldVersion < 1) {
    db.createObjectStore('connections', { keyPath: 'id' });
    db.createObjectStore('oauthClients', { keyPath: 'id' });
    db.createObjectStore('keys');
  }
  if (oldVersion >= 2) db.deleteObjectStore('authorizations');
  if (oldVersion >= 3) db.deleteObjectStore('idempotency');
  if (oldVersion >= 1 && oldVersion < 4) {
    db.deleteObjectStore('connections');
    db.deleteObjectStore('oauthClients');
    db.createObjectStore('connections', { keyPath: 'id' });
    db.createObjectStore('oauthClients', { keyPath: 'id' });
  }
  db.createObjectStore('authorizations', { keyPath: 'id' });
  db.createObjectStore('idempotency', { keyPath: 'key' });
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
