// What the Developer Portal holds for an app beyond its credentials: the callback URLs and the
// scopes (App information and Scopes tabs, FACTS §4). The credentials stay in the fixture; the
// URLs depend on where the app runs, so the HTTP simulator is given them when it starts.
import { bigcommerceDemoApp, type BigCommerceAppFixture } from '../../fixtures/bigcommerce';
import { findApp } from '../auth';
import { isKnownScope } from '../codes';

export interface AppRegistration {
  /** Client ID of an app in the fixtures (`mocks/fixtures/bigcommerce.ts`). */
  readonly clientId: string;
  /** Where the install page sends the browser with `code`, `scope`, `context`, `account_uuid`. */
  readonly authCallbackUrl: string;
  /** Where "open the app" sends the browser with `signed_payload_jwt`. */
  readonly loadCallbackUrl: string;
  /** Called (server-side GET) with `signed_payload_jwt` when the app is uninstalled; optional, as at BigCommerce. */
  readonly uninstallCallbackUrl?: string;
  /** The scopes an install grants; the fixture's when not given. */
  readonly scopes?: readonly string[];
}

/** A registration joined with the app's credentials, as the pages use it. */
export interface RegisteredApp extends BigCommerceAppFixture {
  readonly authCallbackUrl: string;
  readonly loadCallbackUrl: string;
  readonly uninstallCallbackUrl?: string;
}

/** The demo app's registration for an app served at `publicUrl`: /oauth/callback, /oauth/load, /oauth/uninstall. */
export function demoAppRegistration(publicUrl: string, app: BigCommerceAppFixture = bigcommerceDemoApp): AppRegistration {
  const at = (path: string) => new URL(path, publicUrl).href;
  return {
    clientId: app.clientId,
    authCallbackUrl: at('/oauth/callback'),
    loadCallbackUrl: at('/oauth/load'),
    uninstallCallbackUrl: at('/oauth/uninstall'),
    scopes: app.scopes,
  };
}

/** The URL as given: the token exchange compares `redirect_uri` with it character for character. */
function checkedUrl(value: string, what: string): string {
  const { protocol } = new URL(value);
  if (protocol !== 'http:' && protocol !== 'https:') throw new Error(`The ${what} must be an http(s) URL, not "${value}".`);
  return value;
}

/** Looks up every app by client ID; throws on an unknown app or a bad URL (a mistake of the caller). */
export function registerApps(registrations: readonly AppRegistration[]): ReadonlyMap<string, RegisteredApp> {
  const apps = new Map<string, RegisteredApp>();
  for (const registration of registrations) {
    const app = findApp(registration.clientId);
    if (!app) throw new Error(`No BigCommerce app in the fixtures has the client ID "${registration.clientId}".`);
    const unknown = (registration.scopes ?? []).filter((scope) => !isKnownScope(scope));
    if (unknown.length > 0) throw new Error(`Unknown BigCommerce scope(s) for app "${app.name}": ${unknown.join(', ')}.`);
    apps.set(app.clientId, {
      ...app,
      scopes: registration.scopes ?? app.scopes,
      authCallbackUrl: checkedUrl(registration.authCallbackUrl, 'auth callback URL'),
      loadCallbackUrl: checkedUrl(registration.loadCallbackUrl, 'load callback URL'),
      ...(registration.uninstallCallbackUrl ? { uninstallCallbackUrl: checkedUrl(registration.uninstallCallbackUrl, 'uninstall callback URL') } : {}),
    });
  }
  return apps;
}
