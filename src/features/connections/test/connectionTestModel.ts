// What a connection test found, in words, and which field a failure belongs on. No React here.
import type { FieldPath } from 'react-hook-form';
import { resourceNameOf, scopeResources } from '../schema/plain';
import type { AuthType, Connection, ConnectionFormValues, TestResult } from '../schema';
import { branchFields } from '../form/formModel';

export type TestSuccess = Extract<TestResult, { ok: true }>;
export type TestFailure = Extract<TestResult, { ok: false }>;

const labelOfScope = new Map(
  scopeResources.flatMap((resource) =>
    resource.levels.map((level) => [level.scope, `${resource.name} (${level.permission.charAt(0).toUpperCase()}${level.permission.slice(1)})`] as const),
  ),
);

/** A scope as BigCommerce's screens name it: "Products (Read-only)"; an unknown scope as itself. */
export function scopeUiName(scope: string): string {
  return labelOfScope.get(scope) ?? scope;
}

/**
 * Granted scopes split into the store's resources (named as BigCommerce's screens do) and the
 * others BigCommerce grants every app (store_v2_default, users_basic_information), kept as is.
 */
export function splitGrantedScopes(scopes: readonly string[]): { resources: string[]; others: string[] } {
  return {
    resources: scopes.filter((scope) => labelOfScope.has(scope)),
    others: scopes.filter((scope) => !labelOfScope.has(scope)),
  };
}

/** "Information & Settings (Read-only), Products (Read-only)". */
export function scopeUiNames(scopes: readonly string[]): string {
  return scopes.map(scopeUiName).join(', ');
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** "150 requests per 30 seconds, 148 left". */
export function rateLimitText(rateLimit: NonNullable<TestSuccess['rateLimit']>): string {
  const seconds = rateLimit.windowMs / 1000;
  const window = Number.isInteger(seconds) ? plural(seconds, 'second', 'seconds') : `${rateLimit.windowMs} ms`;
  return `${plural(rateLimit.quota, 'request', 'requests')} per ${window}, ${rateLimit.left} left`;
}

/**
 * What the test could read. It reads two resources (Information & Settings, Products: FACTS §5)
 * and BigCommerce has no call that lists a token's scopes, so it names those it could read and
 * says it checks no others: not the account's scopes, nor whether a level is read-only or modify.
 */
export function readableLine(scopes: readonly string[]): string {
  const resources = [...new Set(scopes.map((scope) => resourceNameOf(scope) ?? scope))];
  const checked = 'the test checks Information & Settings and Products only';
  return resources.length > 0 ? `Can read: ${resources.join(', ')} (${checked})` : `Can read: neither (${checked})`;
}

/** The lines a successful test shows: the store first. */
export function successLines(result: TestSuccess): { title: string; details: string[] } {
  const details = [`Plan: ${result.store.plan}`];
  details.push(readableLine(result.scopes));
  if (result.rateLimit) details.push(`Rate limit: ${rateLimitText(result.rateLimit)}`);
  return { title: `Connected to ${result.store.name}`, details };
}

/** A short heading for a failed test; the backend's message says the rest. */
export function failureTitle(result: TestFailure): string {
  switch (result.reason) {
    case 'unauthorized':
      return 'BigCommerce refused the credentials';
    case 'store_not_found':
      return 'No such store';
    case 'missing_scope':
      return result.missingScope
        ? `Missing scope: ${result.missingScope.uiName} (${result.missingScope.scope})`
        : 'A scope is missing';
    case 'rate_limited':
      return 'Too many requests';
    case 'unavailable':
      return 'BigCommerce is unavailable';
    case 'timeout':
      return 'BigCommerce did not answer in time';
    case 'network':
      return 'BigCommerce could not be reached';
    case 'not_authorized':
      return 'Not authorized yet';
  }
}

/** Failures that may pass on their own: the test offers "Retry". */
export function isTransientFailure(result: TestFailure): boolean {
  return result.reason === 'unavailable' || result.reason === 'timeout' || result.reason === 'network';
}

type FormField = FieldPath<ConnectionFormValues>;

/**
 * The field of the chosen auth type that a failed test belongs on, if any: the backend's `field`
 * when this branch has it; otherwise what the reason implies (a refused secret marks the branch's
 * secret, an unknown store the store hash). Basic's secret is the password, Token's the access token.
 */
export function fieldOfFailure(result: TestFailure, authType: AuthType | undefined): FormField | undefined {
  if (!authType) return undefined;
  const fields: readonly string[] = branchFields[authType];
  const secret = authType === 'basic' ? 'password' : authType === 'token' ? 'accessToken' : undefined;
  let field: string | undefined = result.field;
  if (field === 'accessToken' || field === 'password') field = secret;
  if (!field && result.reason === 'store_not_found') field = 'storeHash';
  if (!field && result.reason === 'unauthorized') field = secret;
  return field && fields.includes(field) ? (field as FormField) : undefined;
}

/** "BigCommerce - STORE": what the suggestion starts with, and so what to search the saved names for. */
export const suggestionBase = (storeName: string): string => `BigCommerce - ${storeName}`.slice(0, 96).trim();

/** The name a tested connection may take: "BigCommerce - STORE", numbered if that is taken. */
export function suggestedName(storeName: string, takenNames: Iterable<string>): string {
  const taken = new Set([...takenNames].map((name) => name.trim().toLocaleLowerCase()));
  const base = suggestionBase(storeName);
  if (!taken.has(base.toLocaleLowerCase())) return base;
  for (let n = 2; ; n += 1) {
    const candidate = `${base} (${n})`;
    if (!taken.has(candidate.toLocaleLowerCase())) return candidate;
  }
}

/** Other saved connections to the same store (not the one being edited). */
export function connectionsToStore(connections: readonly Connection[], storeHash: string, editingId?: string): Connection[] {
  const key = storeHash.trim().toLowerCase();
  if (!key) return [];
  return connections.filter((connection) => connection.id !== editingId && connection.storeHash.toLowerCase() === key);
}

function quoteList(names: readonly string[]): string {
  const quoted = names.map((name) => `“${name}”`);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`;
}

/** "“X” already connects to store x7kq2mfa9b." */
export function duplicateStoreText(others: readonly Connection[], storeHash: string): string {
  const verb = others.length === 1 ? 'connects' : 'connect';
  return `${quoteList(others.map((connection) => connection.name))} already ${verb} to store ${storeHash}.`;
}

/** What the list announces after "Test NAME". */
export function savedTestAnnouncement(name: string, result: TestResult): { message: string; tone: 'success' | 'warning' } {
  if (result.ok) {
    return { message: `Connection "${name}" is online: connected to ${result.store.name} (${result.store.plan} plan).`, tone: 'success' };
  }
  if (result.reason === 'not_authorized') return { message: `Connection "${name}" was not tested. ${result.message}`, tone: 'warning' };
  return { message: `Connection "${name}" failed its test. ${result.message}`, tone: 'warning' };
}

/** What the list announces after a save: the save, and what the backend's test of it found. */
export function savedAnnouncement(saved: Connection): { message: string; tone: 'success' | 'warning' } {
  const base = `Connection "${saved.name}" saved.`;
  switch (saved.status.state) {
    case 'online':
      return { message: `${base} It is online${saved.storeName ? `: connected to ${saved.storeName}` : ''}.`, tone: 'success' };
    case 'offline':
      return { message: `${base} Its test failed${saved.status.reason ? `: ${saved.status.reason}` : '.'}`, tone: 'warning' };
    case 'not_authorized':
      return { message: `${base} It is not authorized yet: edit it and press Save & authorize.`, tone: 'success' };
    case 'authorized':
      // Saved with the same store, client and scopes: the backend kept the authorization.
      return { message: `${base} It is still authorized.`, tone: 'success' };
    default:
      return { message: base, tone: 'success' };
  }
}
