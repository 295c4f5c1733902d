import { randomUUID } from 'node:crypto';
import type { ConnectionRepository, SecretCipher, StoredConnection, StoredOAuthClient, StoredSecretRecord } from '../../core/ports';

type Basic = Extract<StoredConnection, { authType: 'basic' }>;
type Token = Extract<StoredConnection, { authType: 'token' }>;
type OAuth2 = Extract<StoredConnection, { authType: 'oauth2' }>;

export const testTime = '2026-01-01T00:00:00.000Z';

/** A stand-in for a ciphertext where the repository only stores and returns it. */
export function fakeSecret(label = 'secret'): StoredSecretRecord {
  return { keyId: 'test-key', iv: 'AAAAAAAAAAAAAAAA', ciphertext: Buffer.from(label).toString('base64'), updatedAt: testTime };
}

/** A real ciphertext of `plaintext`, bound to `record` and `field` as the API's rules bind it. */
export async function sealed(cipher: SecretCipher, plaintext: string, record: string, field: string): Promise<StoredSecretRecord> {
  return { ...(await cipher.encrypt(plaintext, { record, field })), updatedAt: testTime };
}

const base = () => ({ id: randomUUID(), name: `Store ${randomUUID().slice(0, 8)}`, storeHash: 'abc123', status: { state: 'untested' as const }, createdAt: testTime, updatedAt: testTime });

export function basicConnection(overrides: Partial<Basic> = {}): Basic {
  return { ...base(), authType: 'basic', username: 'admin', password: fakeSecret(), ...overrides };
}

export function tokenConnection(overrides: Partial<Token> = {}): Token {
  return { ...base(), authType: 'token', clientId: 'client-id', accessToken: fakeSecret(), ...overrides };
}

export function oauthConnection(oauthClientId: string, overrides: Partial<OAuth2> = {}): OAuth2 {
  return { ...base(), authType: 'oauth2', oauthClientId, scopes: ['store_v2_products_read_only'], ...overrides };
}

export function oauthClient(overrides: Partial<StoredOAuthClient> = {}): StoredOAuthClient {
  return { id: randomUUID(), name: 'My app', clientId: 'app-client-id', clientSecret: fakeSecret(), createdAt: testTime, updatedAt: testTime, ...overrides };
}

/** Every stored connection, newest first, paging as a client would: for tests that check what is stored. */
export async function everyConnection(connections: Pick<ConnectionRepository, 'page'>): Promise<StoredConnection[]> {
  const all: StoredConnection[] = [];
  for (let page = await connections.page({ limit: 200 }); ; ) {
    all.push(...page.records);
    const last = page.records.at(-1);
    if (!page.more || !last) return all;
    page = await connections.page({ limit: 200, after: last });
  }
}
