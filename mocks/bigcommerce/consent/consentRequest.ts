// Reads the consent page's query (client_id, scope, context, redirect_uri, state) the way
// BigCommerce would: an unknown app or a bad redirect URL gets an error page, not a redirect
// (RFC 6749 §4.1.2.1: never send the person to a redirect URI that cannot be trusted).
import { scopeResources } from '../../../src/features/connections/schema';
import type { BigCommerceAppFixture } from '../../fixtures/bigcommerce';
import { findApp } from '../auth';
import { isKnownScope } from '../codes';

export interface ScopeLine {
  readonly scope: string;
  /** BigCommerce's UI name of the resource, e.g. "Information & Settings". */
  readonly resource: string;
  /** "Read-only", "Modify", ...; empty for scopes every app gets. */
  readonly level: string;
}

export type ConsentRequest =
  | {
      readonly ok: true;
      readonly app: BigCommerceAppFixture;
      readonly scopes: readonly string[];
      readonly scopeLines: readonly ScopeLine[];
      /** The store hash of `context`, if the app named one. */
      readonly requestedHash?: string;
      readonly redirectUri: string;
      readonly state?: string;
    }
  | { readonly ok: false; readonly title: string; readonly message: string };

const levelNames: Record<string, string> = { 'read-only': 'Read-only', modify: 'Modify', manage: 'Manage', standard: 'Standard', full: 'Full' };

/** BigCommerce's name and level of a scope, as its consent and install pages show it. */
export function describeScope(scope: string): ScopeLine {
  for (const resource of scopeResources) {
    const level = resource.levels.find((candidate) => candidate.scope === scope);
    if (level) return { scope, resource: resource.name, level: levelNames[level.permission] ?? level.permission };
  }
  return { scope, resource: scope, level: '' };
}

function isWebUrl(value: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

export function readConsentRequest(search: string): ConsentRequest {
  const query = new URLSearchParams(search);
  const clientId = query.get('client_id') ?? '';
  const app = findApp(clientId);
  if (!app) {
    return {
      ok: false,
      title: 'This app is not known to BigCommerce',
      message: `No app in the BigCommerce Developer Portal has the client ID "${clientId}". Close this window. Then, in the connection wizard, edit the OAuth 2.0 client and copy the client ID again from your app's credentials in the Developer Portal (View credentials).`,
    };
  }
  const redirectUri = query.get('redirect_uri') ?? '';
  if (!isWebUrl(redirectUri)) {
    return {
      ok: false,
      title: "This app's redirect URL is missing or invalid",
      message: `BigCommerce can only send you back to a full http or https address, and "${redirectUri}" is not one. Close this window and start the authorization again from the connection wizard.`,
    };
  }
  const scopes = (query.get('scope') ?? '').split(' ').filter(Boolean);
  const unknown = scopes.filter((scope) => !isKnownScope(scope));
  if (scopes.length === 0 || unknown.length > 0) {
    return {
      ok: false,
      title: 'This app asked for permissions BigCommerce does not know',
      message: `${scopes.length === 0 ? 'The app asked for no scopes at all.' : `Unknown scopes: ${unknown.join(', ')}.`} Close this window, choose the connection's scopes again in the connection wizard, then authorize again.`,
    };
  }
  const requestedHash = /^stores\/([^/]+)$/.exec(query.get('context') ?? '')?.[1];
  const state = query.get('state') ?? undefined;
  return { ok: true, app, scopes, scopeLines: scopes.map(describeScope), redirectUri, ...(requestedHash ? { requestedHash } : {}), ...(state ? { state } : {}) };
}

/** The Redirect URL with BigCommerce's answer on its query string. */
export function callbackUrl(redirectUri: string, params: Record<string, string | undefined>): string {
  const url = new URL(redirectUri);
  for (const [name, value] of Object.entries(params)) if (value !== undefined) url.searchParams.set(name, value);
  return url.toString();
}
