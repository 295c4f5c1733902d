import type { ConnectionInput, ConnectionStatus, OAuthClientInput } from '../../src/features/connections/schema';
import { encryptSecret } from './crypto';
import type { StoredConnection, StoredOAuthClient, StoredSecretRecord } from './db';

// Builds the records we store from parsed (normalized) request bodies. Secrets are encrypted
// here, before anything touches IndexedDB.

interface RecordStamp {
  readonly id: string;
  readonly createdAt: string;
  readonly now: string;
}

async function storedSecret(plaintext: string, now: string): Promise<StoredSecretRecord> {
  return { ...(await encryptSecret(plaintext)), updatedAt: now };
}

/** A saved connection has new credentials: OAuth needs authorizing, the others a test. */
function statusOnSave(input: ConnectionInput): ConnectionStatus {
  return input.authType === 'oauth2' ? { state: 'not_authorized' } : { state: 'untested' };
}

export async function buildConnectionRecord(input: ConnectionInput, stamp: RecordStamp): Promise<StoredConnection> {
  const shared = {
    id: stamp.id,
    name: input.name,
    storeHash: input.storeHash,
    status: statusOnSave(input),
    createdAt: stamp.createdAt,
    updatedAt: stamp.now,
  };
  switch (input.authType) {
    case 'oauth2':
      return { ...shared, authType: 'oauth2', oauthClientId: input.oauthClientId, scopes: [...input.scopes] };
    case 'basic':
      return { ...shared, authType: 'basic', username: input.username, password: await storedSecret(input.password, stamp.now) };
    case 'token':
      return {
        ...shared,
        authType: 'token',
        clientId: input.clientId,
        accessToken: await storedSecret(input.accessToken, stamp.now),
      };
  }
}

/**
 * An OAuth 2.0 connection saved again with the same store, client and scopes (a rename, say) keeps
 * its authorization, status and store name: the token BigCommerce issued still grants exactly
 * that. Anything else about it changed, and it needs authorizing again.
 */
export function keepAuthorization(existing: StoredConnection, rebuilt: StoredConnection): StoredConnection {
  if (existing.authType !== 'oauth2' || rebuilt.authType !== 'oauth2' || !existing.authorization) return rebuilt;
  const sameScopes = existing.scopes.length === rebuilt.scopes.length && existing.scopes.every((scope) => rebuilt.scopes.includes(scope));
  if (existing.storeHash !== rebuilt.storeHash || existing.oauthClientId !== rebuilt.oauthClientId || !sameScopes) return rebuilt;
  return { ...rebuilt, authorization: existing.authorization, status: existing.status, storeName: existing.storeName };
}

export async function buildOAuthClientRecord(input: OAuthClientInput, stamp: RecordStamp): Promise<StoredOAuthClient> {
  return {
    id: stamp.id,
    name: input.name,
    clientId: input.clientId,
    clientSecret: await storedSecret(input.clientSecret, stamp.now),
    createdAt: stamp.createdAt,
    updatedAt: stamp.now,
  };
}

/** Stamps for a brand-new record. */
export function newStamp(now: string): RecordStamp {
  return { id: crypto.randomUUID(), createdAt: now, now };
}

/** The key under which names must be unique: case and surrounding spaces do not count. */
export function nameKey(name: string): string {
  return name.trim().toLocaleLowerCase('en');
}
