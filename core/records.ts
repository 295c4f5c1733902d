import type { ConnectionInput, ConnectionStatus, OAuthClientInput } from '../src/features/connections/schema';
import type { SecretBinding, SecretCipher, StoredConnection, StoredOAuthClient, StoredSecretRecord } from './ports';

// Builds the records we store from parsed (normalized) request bodies. Secrets are encrypted
// here, bound to their record and field, before anything touches storage.

export interface RecordStamp {
  readonly id: string;
  readonly createdAt: string;
  readonly now: string;
}

export const connectionRecord = (id: string) => `connection:${id}`;
export const oauthClientRecord = (id: string) => `oauthClient:${id}`;

export async function storedSecret(cipher: SecretCipher, plaintext: string, binding: SecretBinding, now: string): Promise<StoredSecretRecord> {
  return { ...(await cipher.encrypt(plaintext, binding)), updatedAt: now };
}

/** A saved connection has new credentials: OAuth needs authorizing, the others a test. */
function statusOnSave(input: ConnectionInput): ConnectionStatus {
  return input.authType === 'oauth2' ? { state: 'not_authorized' } : { state: 'untested' };
}

export async function buildConnectionRecord(cipher: SecretCipher, input: ConnectionInput, stamp: RecordStamp): Promise<StoredConnection> {
  const shared = {
    id: stamp.id,
    name: input.name,
    storeHash: input.storeHash,
    status: statusOnSave(input),
    createdAt: stamp.createdAt,
    updatedAt: stamp.now,
  };
  const secret = (plaintext: string, field: string) => storedSecret(cipher, plaintext, { record: connectionRecord(stamp.id), field }, stamp.now);
  switch (input.authType) {
    case 'oauth2':
      return { ...shared, authType: 'oauth2', oauthClientId: input.oauthClientId, scopes: [...input.scopes] };
    case 'basic':
      return { ...shared, authType: 'basic', username: input.username, password: await secret(input.password, 'password') };
    case 'token':
      return { ...shared, authType: 'token', clientId: input.clientId, accessToken: await secret(input.accessToken, 'accessToken') };
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
  return {
    ...rebuilt,
    authorization: existing.authorization,
    status: existing.status,
    ...(existing.storeName === undefined ? {} : { storeName: existing.storeName }),
  };
}

/** What a save writes over `existing`: the rebuilt record, with what a save keeps. */
export function replacementOf(existing: StoredConnection, rebuilt: StoredConnection): StoredConnection {
  return { ...keepAuthorization(existing, rebuilt), createdAt: existing.createdAt };
}

export async function buildOAuthClientRecord(cipher: SecretCipher, input: OAuthClientInput, stamp: RecordStamp): Promise<StoredOAuthClient> {
  return {
    id: stamp.id,
    name: input.name,
    clientId: input.clientId,
    clientSecret: await storedSecret(cipher, input.clientSecret, { record: oauthClientRecord(stamp.id), field: 'clientSecret' }, stamp.now),
    createdAt: stamp.createdAt,
    updatedAt: stamp.now,
  };
}

/** Stamps for a brand-new record. */
export function newStamp(now: string): RecordStamp {
  return { id: crypto.randomUUID(), createdAt: now, now };
}
