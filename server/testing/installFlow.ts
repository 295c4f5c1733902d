// BigCommerce's install flow as a browser goes through it against the server and the simulator,
// step by step, for the tests that drive it (mocks/backend's API suite, server/twoServers).
import { oauthCallbackResultSchema, type OAuthCallbackResult } from '../../src/features/connections/schema';
import type { SignedInHeaders } from './owner';

/**
 * "Save & authorize" as a signed-in browser: the cookie it is given, the install link, and
 * `cookie`: what that browser sends back to the callback (the binding cookie and its session's).
 */
export async function startInstall(serverUrl: string, connectionId: string, signedIn: SignedInHeaders) {
  const response = await fetch(`${serverUrl}/api/connections/${connectionId}/authorize`, { method: 'POST', headers: { ...signedIn } });
  const setCookie = response.headers.get('Set-Cookie') ?? '';
  const { authorizeUrl } = (await response.json()) as { authorizeUrl: string };
  return { setCookie, cookie: `${setCookie.split(';')[0] ?? ''}; ${signedIn.Cookie}`, authorizeUrl };
}

/** The merchant presses Install on the simulator's page: where BigCommerce sends the browser back. */
export async function pressInstall(authorizeUrl: string, store: string): Promise<string> {
  const response = await fetch(authorizeUrl, { method: 'POST', body: new URLSearchParams({ store, action: 'install' }), redirect: 'manual' });
  const back = response.headers.get('Location');
  if (!back) throw new Error(`The install page did not send the browser back (HTTP ${response.status}).`);
  return back;
}

/** The browser arrives at the callback (with its cookie, if it has one): the page, and the result it hands on. */
export async function openCallback(url: string, cookie?: string) {
  const response = await fetch(url, cookie ? { headers: { Cookie: cookie } } : {});
  const page = await response.text();
  return { response, page, result: callbackResultOf(page) };
}

/** The result the server's callback page hands to its opener. */
export function callbackResultOf(page: string): OAuthCallbackResult {
  const data = /<script type="application\/json" id="oauth-result">(.*?)<\/script>/s.exec(page)?.[1];
  if (!data) throw new Error('The callback page carries no result.');
  return oauthCallbackResultSchema.parse((JSON.parse(data) as { message: { result: unknown } }).message.result);
}
