// Runs the connection test for saved connections and records what it found in `status`.
import type { ConnectionInput, ConnectionStatus, ConnectionTestInput, TestResult } from '../../src/features/connections/schema';
import { nowIso } from './clock';
import { probeStore, type ProbeOutcome, type StoreCredentials } from './connectionProbe';
import { updateCheckedConnection } from './connectionStore';
import { decryptSecret } from './crypto';
import type { StoredConnection } from './db';
import { findOAuthClient } from './oauthClientStore';
import { testMessages } from './testMessages';

type StoreInput = Exclude<ConnectionInput, { authType: 'oauth2' }> | ConnectionTestInput;

/** Basic: the username is the client ID and the password the access token (sent as X-Auth-Token). */
export function credentialsOfInput(input: StoreInput): StoreCredentials {
  return input.authType === 'basic'
    ? { kind: 'basic', storeHash: input.storeHash, accessToken: input.password, clientId: input.username }
    : { kind: 'token', storeHash: input.storeHash, accessToken: input.accessToken, clientId: input.clientId };
}

/** The stored credentials, decrypted; undefined for an OAuth 2.0 connection with no token yet. */
export async function credentialsOfRecord(record: StoredConnection): Promise<StoreCredentials | undefined> {
  switch (record.authType) {
    case 'basic':
      return { kind: 'basic', storeHash: record.storeHash, accessToken: await decryptSecret(record.password), clientId: record.username };
    case 'token':
      return { kind: 'token', storeHash: record.storeHash, accessToken: await decryptSecret(record.accessToken), clientId: record.clientId };
    case 'oauth2': {
      if (!record.authorization) return undefined;
      const client = await findOAuthClient(record.oauthClientId);
      const accessToken = await decryptSecret(record.authorization.accessToken);
      return { kind: 'oauth2', storeHash: record.storeHash, accessToken, ...(client ? { clientId: client.clientId } : {}) };
    }
  }
}

export function statusOf(result: TestResult): ConnectionStatus {
  return result.ok
    ? { state: 'online', checkedAt: result.checkedAt }
    : { state: 'offline', reason: result.message, checkedAt: result.checkedAt };
}

/** Records a finished test on the connection, unless it was saved again meanwhile. */
export async function recordTestResult(record: StoredConnection, result: TestResult): Promise<StoredConnection | undefined> {
  // An OAuth 2.0 connection with no token keeps its not_authorized status.
  if (!result.ok && result.reason === 'not_authorized') return updateCheckedConnection(record.id, record.updatedAt, (current) => current);
  return updateCheckedConnection(record.id, record.updatedAt, (current) => ({
    ...current,
    status: statusOf(result),
    ...(result.ok ? { storeName: result.store.name } : {}),
  }));
}

/** Tests a saved connection with its stored secret (or OAuth 2.0 token). */
export async function testSavedConnection(record: StoredConnection, signal: AbortSignal): Promise<ProbeOutcome> {
  const credentials = await credentialsOfRecord(record);
  if (!credentials) return { ok: false, checkedAt: nowIso(), reason: 'not_authorized', message: testMessages.notAuthorized() };
  return probeStore(credentials, signal);
}

/**
 * After a save: a Basic or Token connection is tested with the credentials just sent and the
 * outcome recorded. The save has happened whatever the test finds.
 */
export async function checkAfterSave(record: StoredConnection, input: ConnectionInput, signal: AbortSignal): Promise<StoredConnection> {
  if (input.authType === 'oauth2') return record;
  const result = await probeStore(credentialsOfInput(input), signal);
  if (result === 'cancelled') return record;
  return (await recordTestResult(record, result)) ?? record;
}
