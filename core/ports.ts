// The small interfaces the API's rules (core/) are written against. The embedded demo plugs in
// IndexedDB, a WebCrypto key and MSW (mocks/backend/); the server plugs in SQLite or PostgreSQL
// through Kysely, a key from the environment or DATA_DIR, and an HTTP framework (server/).
import type { ConnectionState, ConnectionStatus, StatusSource } from '../src/features/connections/schema';

/** AES-256-GCM ciphertext and its 12-byte IV, both base64, and the id of the key that made it. */
export interface EncryptedSecret {
  readonly keyId: string;
  readonly iv: string;
  readonly ciphertext: string;
}

/** A secret at rest, plus when it was last set. */
export interface StoredSecretRecord extends EncryptedSecret {
  readonly updatedAt: string;
}

/**
 * What a ciphertext is bound to (its additional authenticated data): the record and the field.
 * A ciphertext copied into another row or field does not decrypt.
 * `record` is `connection:{id}` or `oauthClient:{id}`; `field` is the secret's dotted path in the
 * stored record: `password`, `accessToken`, `authorization.accessToken` or `clientSecret`.
 */
export interface SecretBinding {
  readonly record: string;
  readonly field: string;
}

/** The bytes of the additional authenticated data for a binding (both ciphers use exactly this). */
export function bindingData(binding: SecretBinding): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(`${binding.record}\n${binding.field}`);
}

export interface SecretCipher {
  encrypt(plaintext: string, binding: SecretBinding): Promise<EncryptedSecret>;
  /** Throws when the key, the binding or the ciphertext do not match (the GCM tag fails). */
  decrypt(secret: EncryptedSecret, binding: SecretBinding): Promise<string>;
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

/** An OAuth 2.0 authorization waiting for its callback. */
export interface PendingAuthorization {
  /** The `state` of the embedded flow, or a random id on the server. */
  readonly id: string;
  readonly connectionId: string;
  readonly storeHash: string;
  /** The server's browser binding (a random value in an HttpOnly cookie); absent in the demo. */
  readonly browser?: string;
  readonly createdAt: string;
  /** ms since the epoch; found no more from then on. */
  readonly expiresAt: number;
}

/**
 * The first completed answer to a request sent with an `Idempotency-Key`. Never a secret: only
 * the serialized response (which carries none) and a SHA-256 fingerprint of the request.
 */
export interface StoredIdempotentResult {
  readonly key: string;
  /** SHA-256 (hex) of the key, method, path and body. */
  readonly fingerprint: string;
  /** The answer's status; `savedStatus` (0) while only the save is recorded, not yet its answer. */
  readonly status: number;
  /** The response body as sent; the saved record's id while `status` is `savedStatus`. */
  readonly body: string;
  /** When it was stored (ms since the epoch). */
  readonly storedAt: number;
  /** ms since the epoch; found no more from then on. */
  readonly expiresAt: number;
}

/** A stored result saying that a save committed before its answer was stored (a crash in between). */
export const savedStatus = 0;

/** What a create records in its own transaction, so that a retry finds what it created (docs/api.md). */
export interface IdempotencyClaim {
  readonly key: string;
  readonly fingerprint: string;
  readonly storedAt: number;
  readonly expiresAt: number;
}

/** The result a claim stores beside the record `id` it created. */
export const claimResult = (claim: IdempotencyClaim, id: string): StoredIdempotentResult => ({ ...claim, status: savedStatus, body: id });

export type SaveFailureReason = 'not_found' | 'name_taken' | 'unknown_oauth_client';
export type SaveResult =
  | { readonly ok: true; readonly record: StoredConnection }
  | { readonly ok: false; readonly reason: SaveFailureReason };

/** Where a page of connections starts: after this row of the order (`updatedAt`, then `id`, both descending). */
export interface ConnectionPosition {
  readonly updatedAt: string;
  readonly id: string;
}

/** Which connections a list holds, whatever the page. */
export interface ConnectionFilter {
  /** Matches `nameKey(name)` or the store hash containing `nameKey(q)`; empty or absent matches all. */
  readonly q?: string;
  /** Any of these states; absent matches all. */
  readonly states?: readonly ConnectionState[];
}

export interface ConnectionPageQuery extends ConnectionFilter {
  /** 1 to 200. */
  readonly limit: number;
  readonly after?: ConnectionPosition;
}

export interface ConnectionRepository {
  /**
   * At most `limit` connections matching the query, newest `updatedAt` first (then `id`, descending),
   * from an index: the cost does not grow with the number stored. `more` says whether any follow.
   */
  page(query: ConnectionPageQuery): Promise<{ readonly records: StoredConnection[]; readonly more: boolean }>;
  /** How many connections match the filter, on every page: it reads them all (a count), so only when asked. */
  count(filter: ConnectionFilter): Promise<number>;
  /** The connections to one store (an index lookup). */
  findByStoreHash(storeHash: string): Promise<StoredConnection[]>;
  find(id: string): Promise<StoredConnection | undefined>;
  /**
   * Stores a new record. Atomically refuses `name_taken` when another connection has the same
   * `nameKey(name)`, and `unknown_oauth_client` when an OAuth 2.0 record names no stored client.
   * With a `claim`, stores `claimResult(claim, record.id)` in the same transaction.
   */
  insert(record: StoredConnection, claim?: IdempotencyClaim): Promise<SaveResult>;
  /**
   * Replaces connection `id` by `next(existing)` in one transaction; the same refusals as insert,
   * and `not_found` when there is no such connection.
   */
  replace(id: string, next: (existing: StoredConnection) => StoredConnection): Promise<SaveResult>;
  /** False if there was no such connection. */
  delete(id: string): Promise<boolean>;
  /**
   * Applies `change` unless the connection was saved again (or deleted) since `updatedAt`;
   * returns the connection as it now is (undefined when it is gone). `source` says what made the
   * change: where a status changes, the server records it (history, webhooks) in the same write.
   */
  updateChecked(id: string, updatedAt: string, change: (current: StoredConnection) => StoredConnection, source: StatusSource): Promise<StoredConnection | undefined>;
}

export interface OAuthClientRepository {
  /** By `nameKey(name)`, then `createdAt`. */
  list(): Promise<StoredOAuthClient[]>;
  find(id: string): Promise<StoredOAuthClient | undefined>;
  /** The stored clients with this BigCommerce client ID (an index lookup). */
  findByClientId(clientId: string): Promise<StoredOAuthClient[]>;
  /** With a `claim`, stores `claimResult(claim, record.id)` in the same transaction. */
  insert(record: StoredOAuthClient, claim?: IdempotencyClaim): Promise<void>;
  /** Replaces client `id` by `next(existing)` in one transaction; undefined if there is none. */
  replace(id: string, next: (existing: StoredOAuthClient) => StoredOAuthClient): Promise<StoredOAuthClient | undefined>;
}

export interface AuthorizationRepository {
  /** Stores a pending authorization; expired ones may be dropped on the way. */
  create(pending: PendingAuthorization): Promise<void>;
  /** The one with `id`, unless expired at `now` (ms). */
  find(id: string, now: number): Promise<PendingAuthorization | undefined>;
  /** The newest unexpired one that `browser` started for `storeHash`. */
  findForBrowser(browser: string, storeHash: string, now: number): Promise<PendingAuthorization | undefined>;
}

export interface IdempotencyRepository {
  /** The result stored under `key`, unless expired at `now` (ms). */
  find(key: string, now: number): Promise<StoredIdempotentResult | undefined>;
  /**
   * Stores a result; when one is stored under the key already, the first one stays, unless it is
   * only a claim (`savedStatus`): the answer replaces it. Expired ones may be dropped.
   */
  store(result: StoredIdempotentResult): Promise<void>;
}

/** An API key as stored: its secret only as a SHA-256 (the server only). */
export interface StoredApiKey {
  readonly id: string;
  readonly name: string;
  readonly connections: 'all' | readonly string[];
  readonly access: 'read' | 'write';
  /** `bcw_…` and the secret's last four characters. */
  readonly hint: string;
  /** SHA-256 (hex) of the secret. */
  readonly secretHash: string;
  readonly createdAt: string;
}

export interface ApiKeyRepository {
  insert(key: StoredApiKey): Promise<void>;
  /** Newest first, each with when it was last used (ms since the epoch) or null. */
  list(): Promise<Array<{ readonly key: StoredApiKey; readonly lastUsedAt: number | null }>>;
  findBySecretHash(secretHash: string): Promise<StoredApiKey | undefined>;
  /** The key deleted, or undefined when there was none. */
  delete(id: string): Promise<StoredApiKey | undefined>;
  /** Records when keys were last used (ms since the epoch); never moves a time back. */
  markUsed(uses: ReadonlyMap<string, number>): Promise<void>;
}

/** Everything the rules need from where they run. */
export interface BackendPorts {
  readonly connections: ConnectionRepository;
  readonly oauthClients: OAuthClientRepository;
  readonly authorizations: AuthorizationRepository;
  readonly idempotency: IdempotencyRepository;
  readonly cipher: SecretCipher;
}

/** The key under which names must be unique: case and surrounding spaces do not count. */
export function nameKey(name: string): string {
  return name.trim().toLocaleLowerCase('en');
}
