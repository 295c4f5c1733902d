// OAuth 2.0 authorizations waiting for their callback, keyed by `state`. They live in IndexedDB
// because the callback is handled by another document (the callback page) than the one that
// started it. A state stays valid for its whole lifetime, even after a successful callback, so
// that a second callback with the same code reaches BigCommerce (which answers invalid_grant).
import { nowIso } from './clock';
import type { PendingAuthorization } from './db';
import { seededDb } from './seed';

export const AUTHORIZATION_LIFETIME_MS = 10 * 60_000;

function randomState(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

function expired(pending: PendingAuthorization, at = Date.now()): boolean {
  return at - Date.parse(pending.createdAt) >= AUTHORIZATION_LIFETIME_MS;
}

/** A fresh pending authorization; expired ones are dropped on the way. */
export async function createPendingAuthorization(connectionId: string): Promise<PendingAuthorization> {
  const db = await seededDb();
  const pending: PendingAuthorization = { state: randomState(), connectionId, createdAt: nowIso() };
  const tx = db.transaction('authorizations', 'readwrite');
  for (const old of await tx.store.getAll()) if (expired(old)) await tx.store.delete(old.state);
  await tx.store.put(pending);
  await tx.done;
  return pending;
}

/** The pending authorization of `state`, if there is one and it is less than 10 minutes old. */
export async function findPendingAuthorization(state: string): Promise<PendingAuthorization | undefined> {
  const db = await seededDb();
  const pending = await db.get('authorizations', state);
  return pending && !expired(pending) ? pending : undefined;
}
