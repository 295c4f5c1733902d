// Runs the connection test for saved connections and records what it found in `status`.
import type { ConnectionInput, ConnectionStatus, ConnectionTestInput, TestResult } from '../../src/features/connections/schema';
import type { ProbeOutcome, StoreCredentials } from '../bigcommerce/probe';
import { nowIso } from '../clock';
import type { BackendDeps } from '../deps';
import type { StoredConnection } from '../ports';
import { connectionRecord } from '../records';

type StoreInput = Exclude<ConnectionInput, { authType: 'oauth2' }> | ConnectionTestInput;

// Loaded on first use: the embedded demo's backend starts without the connection test.
const probe = () => import('../bigcommerce/probe');

/** Basic: the username is the client ID and the password the access token (sent as X-Auth-Token). */
export function credentialsOfInput(input: StoreInput): StoreCredentials {
  return input.authType === 'basic'
    ? { kind: 'basic', storeHash: input.storeHash, accessToken: input.password, clientId: input.username }
    : { kind: 'token', storeHash: input.storeHash, accessToken: input.accessToken, clientId: input.clientId };
}

/** The stored credentials, decrypted; undefined for an OAuth 2.0 connection with no token yet. */
export async function credentialsOfRecord(deps: BackendDeps, record: StoredConnection): Promise<StoreCredentials | undefined> {
  const decrypt = (secret: Parameters<typeof deps.cipher.decrypt>[0], field: string) =>
    deps.cipher.decrypt(secret, { record: connectionRecord(record.id), field });
  switch (record.authType) {
    case 'basic':
      return { kind: 'basic', storeHash: record.storeHash, accessToken: await decrypt(record.password, 'password'), clientId: record.username };
    case 'token':
      return { kind: 'token', storeHash: record.storeHash, accessToken: await decrypt(record.accessToken, 'accessToken'), clientId: record.clientId };
    case 'oauth2': {
      if (!record.authorization) return undefined;
      const client = await deps.oauthClients.find(record.oauthClientId);
      const accessToken = await decrypt(record.authorization.accessToken, 'authorization.accessToken');
      return { kind: 'oauth2', storeHash: record.storeHash, accessToken, ...(client ? { clientId: client.clientId } : {}) };
    }
  }
}

export function statusOf(result: TestResult): ConnectionStatus {
  return result.ok
    ? { state: 'online', checkedAt: result.checkedAt }
    : { state: 'offline', code: result.reason, reason: result.message, checkedAt: result.checkedAt };
}

/** Records a finished test (a person's, or the server's check) on the connection, unless it was saved again meanwhile. */
export async function recordTestResult(deps: BackendDeps, record: StoredConnection, result: TestResult, source: 'test' | 'check' | 'save' = 'test'): Promise<StoredConnection | undefined> {
  // An OAuth 2.0 connection with no token keeps its not_authorized status.
  if (!result.ok && result.reason === 'not_authorized') return deps.connections.updateChecked(record.id, record.updatedAt, (current) => current, source);
  return deps.connections.updateChecked(
    record.id,
    record.updatedAt,
    (current) => ({
      ...current,
      status: statusOf(result),
      ...(result.ok ? { storeName: result.store.name } : {}),
    }),
    source,
  );
}

/** Tests a saved connection with its stored secret (or OAuth 2.0 token). */
export async function testSavedConnection(deps: BackendDeps, record: StoredConnection, signal: AbortSignal): Promise<ProbeOutcome> {
  const credentials = await credentialsOfRecord(deps, record);
  if (!credentials) {
    const { testMessages } = await import('../bigcommerce/testMessages');
    return { ok: false, checkedAt: nowIso(), reason: 'not_authorized', message: testMessages.notAuthorized() };
  }
  return (await probe()).probeStore(deps.bigcommerce, credentials, signal);
}

/**
 * After a save: a Basic or Token connection is tested with the credentials just sent and the
 * outcome recorded. The save has happened whatever the test finds.
 */
export async function checkAfterSave(deps: BackendDeps, record: StoredConnection, input: ConnectionInput, signal: AbortSignal): Promise<StoredConnection> {
  if (input.authType === 'oauth2') return record;
  const result = await (await probe()).probeStore(deps.bigcommerce, credentialsOfInput(input), signal);
  if (result === 'cancelled') return record;
  return (await recordTestResult(deps, record, result, 'save')) ?? record;
}
