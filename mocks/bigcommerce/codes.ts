// The consent step of the OAuth 2.0 flow: BigCommerce issues a code for one app, one store and
// one set of scopes, and sends it to the app's auth callback. Codes are single-use and live ten
// minutes. The consent page (consent/) calls issueAuthorizationCode; codes are persisted
// (db.ts) because the token exchange runs in another document than the consent page.
import { allScopes } from '../../src/features/connections/schema';
import { findApp, findStore } from './auth';
import { now } from './clock';
import { openSimulatorDb, simulatorDbChanged, type StoredAuthorizationCode } from './db';

export const CODE_LIFETIME_MS = 10 * 60_000;

/** Present in every real scope string BigCommerce hands an app (FACTS §4, scopes.json). */
export const IMPLICIT_SCOPES = ['store_v2_default', 'users_basic_information'] as const;
const TOKEN_CREATION_SCOPES = ['store_payments_access_token_create', 'store_storefront_api', 'store_storefront_api_customer_impersonation'];
const implicitScopes = new Set<string>(IMPLICIT_SCOPES);
const knownScopes = new Set<string>([...allScopes, ...TOKEN_CREATION_SCOPES, ...IMPLICIT_SCOPES]);

/** True for a scope BigCommerce would grant an app. */
export function isKnownScope(scope: string): boolean {
  return knownScopes.has(scope);
}

export interface IssueAuthorizationCodeInput {
  readonly clientId: string;
  readonly storeHash: string;
  readonly scopes: readonly string[];
  readonly redirectUri: string;
}

/** What BigCommerce puts on the auth callback's query string (with `code` and `account_uuid`). */
export interface IssuedAuthorizationCode {
  readonly code: string;
  readonly accountUuid: string;
  readonly context: `stores/${string}`;
  /** Space-separated, ending in "store_v2_default users_basic_information". */
  readonly scope: string;
}

const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** Lowercase letters and digits, like the codes and tokens in BigCommerce's examples. */
export function randomAlphanumeric(length: number): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(length)), (byte) => alphabet.charAt(byte % alphabet.length)).join('');
}

/** Rejects on an unknown app, store or scope: those are bugs in the caller, not user errors. */
export async function issueAuthorizationCode(input: IssueAuthorizationCodeInput): Promise<IssuedAuthorizationCode> {
  if (!findApp(input.clientId)) throw new Error(`No BigCommerce app has the client ID "${input.clientId}".`);
  const store = findStore(input.storeHash);
  if (!store) throw new Error(`No BigCommerce store has the hash "${input.storeHash}".`);
  const unknown = input.scopes.filter((scope) => !isKnownScope(scope));
  if (unknown.length > 0) throw new Error(`Unknown BigCommerce scope(s): ${unknown.join(', ')}.`);
  if (!input.redirectUri) throw new Error('A redirect URI (the app\'s auth callback URL) is required.');

  const granted = [...new Set([...input.scopes.filter((scope) => !implicitScopes.has(scope)), ...IMPLICIT_SCOPES])];
  const record: StoredAuthorizationCode = {
    clientId: input.clientId,
    storeHash: store.hash,
    scopes: granted,
    redirectUri: input.redirectUri,
    code: randomAlphanumeric(16),
    scope: granted.join(' '),
    issuedAt: now(),
    used: false,
  };
  const db = await openSimulatorDb();
  await db.put('codes', record);
  simulatorDbChanged();
  return { code: record.code, accountUuid: store.accountUuid, context: `stores/${store.hash}`, scope: record.scope };
}

export type Redemption =
  | { readonly ok: true; readonly record: StoredAuthorizationCode }
  | { readonly ok: false; readonly description: string };

type ExchangeRequest = { clientId: string; redirectUri: string; context: string };

/** Why the code cannot be redeemed by this request; undefined if it can. */
function refusal(record: StoredAuthorizationCode, request: ExchangeRequest): string | undefined {
  if (record.used) return 'The authorization code has already been used.';
  if (now() - record.issuedAt >= CODE_LIFETIME_MS) return 'The authorization code has expired.';
  if (record.clientId !== request.clientId) return 'The authorization code was issued to another client.';
  if (record.redirectUri !== request.redirectUri) return 'The redirect_uri does not match the one the authorization code was issued for.';
  if (request.context !== `stores/${record.storeHash}`) return 'The context does not match the store the authorization code was issued for.';
  return undefined;
}

/**
 * Checks a code against the exchange request; marks it used only when everything matches. The
 * check and the mark share one transaction, so two documents cannot both redeem one code.
 */
export async function redeemAuthorizationCode(code: string, request: ExchangeRequest): Promise<Redemption> {
  const db = await openSimulatorDb();
  const tx = db.transaction('codes', 'readwrite');
  const record = await tx.store.get(code);
  const description = record ? refusal(record, request) : 'The authorization code is invalid.';
  if (record && description === undefined) {
    await tx.store.put({ ...record, used: true });
    await tx.done;
    simulatorDbChanged();
    return { ok: true, record };
  }
  await tx.done;
  return { ok: false, description: description ?? 'The authorization code is invalid.' };
}
