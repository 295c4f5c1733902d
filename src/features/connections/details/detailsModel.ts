// What a connection's page says, in words. No React here.
import { authTypeOptions } from '../schema/plain';
import type { ApiKey, AuthType, Connection, ConnectionUsage } from '../schema';
import { scopeUiName, splitGrantedScopes } from '../test/connectionTestModel';

export const authTypeLabel = Object.fromEntries(authTypeOptions.map((option) => [option.value, option.label])) as Record<AuthType, string>;

export interface GrantedScope {
  scope: string;
  /** As BigCommerce's screens name it ("Products (Read-only)"); null for the scopes every app gets. */
  name: string | null;
}

/** The scopes BigCommerce granted an authorized OAuth 2.0 connection: the store's resources first. */
export function grantedScopes(connection: Connection): GrantedScope[] | null {
  if (connection.authType !== 'oauth2' || !connection.authorization) return null;
  const { resources, others } = splitGrantedScopes(connection.authorization.grantedScopes);
  return [...resources.map((scope) => ({ scope, name: scopeUiName(scope) })), ...others.map((scope) => ({ scope, name: null }))];
}

export const accessLabel: Record<ApiKey['access'], string> = { read: 'Read (GET and HEAD only)', write: 'Read and write' };

/** "none", "850 ms", "2.5 s", "1 min 5 s". */
export function waitText(ms: number): string {
  if (ms <= 0) return 'none';
  if (ms < 1000) return `${ms} ms`;
  if (ms < 60_000) return `${(Math.round(ms / 100) / 10).toString()} s`;
  const seconds = Math.round(ms / 1000);
  return `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
}

/** The usage figures as the page lists them: a term and its value. */
export function usageRows(usage: ConnectionUsage): Array<{ term: string; value: string }> {
  return [
    { term: 'Calls', value: String(usage.calls) },
    { term: 'Waited for the store’s quota', value: usage.waited === 0 ? '0' : `${usage.waited} (the longest ${waitText(usage.longestWaitMs)})` },
    { term: '429s absorbed (sent again by the proxy)', value: String(usage.absorbed429) },
    { term: '429s the caller got (the goal is none)', value: String(usage.passed429) },
    { term: 'Errors (BigCommerce failed or did not answer)', value: String(usage.errors) },
  ];
}
