import type { Generated } from 'kysely';

// The tables as Kysely sees them. Records are stored whole as JSON in `data` (their secrets as
// ciphertext records); beside it only the columns the database must index or compare.
// Times in ms since the epoch are `bigint` columns, read back as numbers on both dialects.

export interface ConnectionsTable {
  id: string;
  /** nameKey(name), unique: the database itself refuses a second connection with the same name. */
  name_key: string;
  updated_at: string;
  /** The record's storeHash and status.state (0006), for the list's filter and the install flow. */
  store_hash: string;
  state: string;
  data: string;
}

export interface OAuthClientsTable {
  id: string;
  name_key: string;
  created_at: string;
  /** The BigCommerce client ID (0006): the signed payload's `aud` finds its clients by it. */
  client_id: string;
  data: string;
}

export interface PendingAuthorizationsTable {
  id: string;
  connection_id: string;
  browser: string | null;
  store_hash: string;
  created_at: string;
  expires_at: number;
}

export interface IdempotencyResultsTable {
  key: string;
  fingerprint: string;
  status: number;
  body: string;
  stored_at: number;
  expires_at: number;
}

/** Server-wide values, such as the fingerprint of the encryption key. */
export interface SettingsTable {
  name: string;
  value: string;
}

/** The one owner account (id 'owner'). */
export interface OwnerTable {
  id: string;
  email: string;
  /** scrypt$N$r$p$salt$hash (server/auth/passwords.ts). */
  password_hash: string;
  created_at: string;
  updated_at: string;
}

export interface SessionsTable {
  /** SHA-256 (hex) of the session id the cookie holds. */
  id_hash: string;
  created_at: number;
  last_seen_at: number;
}

export interface RateEventsTable {
  id: string;
  bucket: string;
  at: number;
}

export interface ActivityTable {
  id: string;
  at: string;
  /** The ActivityEntry as JSON. */
  data: string;
}

export interface ApiKeysTable {
  id: string;
  /** SHA-256 (hex) of the secret, unique: the key is found by it. */
  secret_hash: string;
  created_at: string;
  /** ms since the epoch; null until the first call. */
  last_used_at: number | null;
  /** The StoredApiKey as JSON. */
  data: string;
}

/** A store's quota budget, shared by the servers on this database (ms on the database's clock). */
export interface StoreBudgetsTable {
  store_hash: string;
  /** From X-Rate-Limit-Requests-Quota and -Time-Window-Ms; null until an answer said. */
  quota: number | null;
  window_ms: number | null;
  requests_left: number;
  window_ends_at: number;
  /** 1 once an answer of BigCommerce's has told this window's end (until then it is a guess). */
  window_seen: number;
  /** While the quota is unknown, one call at a time learns it: until then, none other goes. */
  probe_until: number;
  /** What background checks took of this window (0004). */
  background_used: number;
}

export interface ProxyUsageTable {
  connection_id: string;
  /** The minute's start, ms since the epoch. */
  minute: number;
  calls: number;
  waited: number;
  longest_wait_ms: number;
  absorbed_429: number;
  passed_429: number;
  errors: number;
}

export interface ConnectionChecksTable {
  connection_id: string;
  next_check_at: number;
  /** While a server checks it; another may take it over after. */
  lease_until: number | null;
  /** Checks in a row that found it failing. */
  failures: number;
}

export interface StatusHistoryTable {
  id: string;
  connection_id: string;
  /** ms since the epoch. */
  at: number;
  /** The StatusChange as JSON. */
  data: string;
}

export interface WebhookEndpointsTable {
  id: string;
  created_at: string;
  /** ms since the epoch: disabled after 3 days of failures. */
  disabled_at: number | null;
  /** ms since the epoch of the first failure since the last success. */
  failing_since: number | null;
  /** The StoredWebhook as JSON (its secret encrypted). */
  data: string;
}

export interface WebhookDeliveriesTable {
  /** Generated: the order rows were written in. */
  seq: Generated<number>;
  /** The `webhook-id` header. */
  id: string;
  endpoint_id: string;
  connection_id: string | null;
  type: string;
  /** The event's JSON body, exactly as signed and sent. */
  body: string;
  created_at: number;
  state: 'pending' | 'delivered' | 'failed';
  attempts: number;
  next_attempt_at: number | null;
  lease_until: number | null;
}

export interface WebhookAttemptsTable {
  id: string;
  delivery_id: string;
  at: number;
  /** The DeliveryAttempt as JSON, with at most 1 kB of the answer. */
  data: string;
}

/** A running server's or rotate-key's claim (server/processLease.ts), renewed until it stops. */
export interface ProcessLeasesTable {
  id: string;
  kind: 'server' | 'rotation';
  host: string;
  pid: number;
  started_at: number;
  expires_at: number;
}

export interface Tables {
  connections: ConnectionsTable;
  oauth_clients: OAuthClientsTable;
  pending_authorizations: PendingAuthorizationsTable;
  idempotency_results: IdempotencyResultsTable;
  settings: SettingsTable;
  owner: OwnerTable;
  sessions: SessionsTable;
  rate_events: RateEventsTable;
  activity: ActivityTable;
  api_keys: ApiKeysTable;
  store_budgets: StoreBudgetsTable;
  proxy_usage: ProxyUsageTable;
  connection_checks: ConnectionChecksTable;
  status_history: StatusHistoryTable;
  webhook_endpoints: WebhookEndpointsTable;
  webhook_deliveries: WebhookDeliveriesTable;
  webhook_attempts: WebhookAttemptsTable;
  process_leases: ProcessLeasesTable;
}
