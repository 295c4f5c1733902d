// @vitest-environment node
// The server's side of BigCommerce's app flow (FACTS §4), over HTTP against the server only (the
// embedded demo runs its own consent page: authorization.test.ts): the install link, the callback
// bound to the browser that started it, the external install's way back, load and uninstall.
import { activityPageSchema, connectionSchema } from '../../src/features/connections/schema';
import { authorizationMessages } from '../../core/authorization/messages';
import { badSignedPayloadJwt, signedPayloadJwt } from '../bigcommerce/http';
import { bigcommerceDemoApp, PLUMTREE_STORE_HASH } from '../fixtures/bigcommerce';
import { openCallback, pressInstall, startInstall as startInstallOn } from '../../server/testing/installFlow';
import { signIn, testOwner } from '../../server/testing/owner';
import { authorize, createOAuthConnection } from './oauthTesting';
import { runningServer, send, setupMockBackend } from './testing';

setupMockBackend();

const startInstall = (id: string) => startInstallOn(runningServer().url, id, runningServer().signedIn);
const install = (authorizeUrl: string) => pressInstall(authorizeUrl, PLUMTREE_STORE_HASH);
const callback = openCallback;

async function connectionNow(id: string) {
  return connectionSchema.parse(await (await send('GET', `/connections/${id}`)).json());
}

async function activityNow() {
  return activityPageSchema.parse(await (await send('GET', '/activity')).json()).entries.map((entry) => [entry.action, entry.outcome, entry.actor, entry.subject?.name]);
}

describe('Save & authorize on the server', () => {
  it('answers the app install link and binds this browser with an HttpOnly, SameSite=Lax cookie', async () => {
    const connection = await createOAuthConnection();
    const { authorizeUrl, setCookie } = await startInstall(connection.id);
    expect(authorizeUrl).toBe(`${runningServer().simulatorUrl}/app/${bigcommerceDemoApp.clientId}/install`);
    expect(setCookie).toMatch(/^bc_wizard_authorize=[A-Za-z0-9_-]{43};/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    expect(setCookie).not.toMatch(/Secure/i);
  });

  it('completes in the browser that started it: authorized, with the scopes granted, then on to BigCommerce', async () => {
    const connection = await createOAuthConnection();
    const { authorizeUrl, cookie } = await startInstall(connection.id);
    const back = await install(authorizeUrl);
    expect(new URL(back).searchParams.get('external_install')).toBe('1');
    const { response, page, result } = await callback(back, cookie);
    expect(response.status).toBe(200);
    expect(result).toMatchObject({ ok: true, connection: { id: connection.id, status: { state: 'authorized' }, storeName: 'Plumtree Outfitters' } });
    expect(page).toContain(`"next":"${runningServer().simulatorUrl}/app/${bigcommerceDemoApp.clientId}/install/succeeded"`);
    expect(page).toContain('<script src="/oauth/result.js" defer></script>');
    expect(page).not.toMatch(/<script>(?!<)/);
    expect(await (await fetch(`${runningServer().url}/oauth/result.js`)).text()).toContain('window.location.origin');
  });

  it("completes nothing for a callback from another browser, nor for an authorization older than 10 minutes", async () => {
    const connection = await createOAuthConnection();
    const { authorizeUrl } = await startInstall(connection.id);
    const stranger = await callback(await install(authorizeUrl));
    expect(stranger.response.status).toBe(200);
    expect(stranger.result).toEqual({ ok: false, reason: 'unknown_state', message: authorizationMessages.unknownState });
    expect(stranger.page).toContain('Back to your connections');

    const other = await startInstall(connection.id);
    const elsewhere = await callback(await install(other.authorizeUrl), 'bc_wizard_authorize=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa');
    expect(elsewhere.result).toMatchObject({ ok: false, reason: 'unknown_state' });

    const late = await startInstall(connection.id);
    const back = await install(late.authorizeUrl);
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 10 * 60_000 });
    try {
      expect((await callback(back, late.cookie)).result).toMatchObject({ ok: false, reason: 'unknown_state' });
    } finally {
      vi.useRealTimers();
    }
    expect((await connectionNow(connection.id)).status.state).toBe('not_authorized');
  });

  it('completes only in the session that started it: the same browser signed out, or signed in anew, completes nothing', async () => {
    const connection = await createOAuthConnection();
    const { authorizeUrl, setCookie } = await startInstall(connection.id);
    const binding = setCookie.split(';')[0] ?? '';
    const back = await install(authorizeUrl);
    expect((await callback(back, binding)).result).toMatchObject({ ok: false, reason: 'unknown_state' });
    const otherSession = await signIn(runningServer().url, runningServer().signedIn.Origin);
    expect((await callback(back, `${binding}; ${otherSession.Cookie}`)).result).toMatchObject({ ok: false, reason: 'unknown_state' });
    expect((await connectionNow(connection.id)).status.state).toBe('not_authorized');
    expect((await callback(back, `${binding}; ${runningServer().signedIn.Cookie}`)).result.ok).toBe(true);
    // A second sign-in costs a real scrypt (most of a second, more on a busy machine).
  }, 30_000);

  it('sends an external install whose code fails on to BigCommerce’s install/failed page', async () => {
    const connection = await createOAuthConnection();
    const { authorizeUrl, cookie } = await startInstall(connection.id);
    const back = await install(authorizeUrl);
    expect((await callback(back, cookie)).result.ok).toBe(true);
    const again = await callback(back, cookie);
    expect(again.result).toMatchObject({ ok: false, reason: 'invalid_grant' });
    expect(again.page).toContain(`/app/${bigcommerceDemoApp.clientId}/install/failed`);
  });
});

describe('the Load and Uninstall callbacks', () => {
  const jwt = (flaw?: Parameters<typeof badSignedPayloadJwt>[0]) =>
    flaw ? badSignedPayloadJwt(flaw, { app: bigcommerceDemoApp, storeHash: PLUMTREE_STORE_HASH }) : signedPayloadJwt({ app: bigcommerceDemoApp, storeHash: PLUMTREE_STORE_HASH });
  const get = async (path: string, token: string) => fetch(`${runningServer().url}${path}?signed_payload_jwt=${encodeURIComponent(await token)}`);

  it('load answers a page for a payload signed with the client secret, and 401 for any other', async () => {
    const ok = await get('/oauth/load', await jwt());
    expect(ok.status).toBe(200);
    expect(await ok.text()).toContain(`Store ${PLUMTREE_STORE_HASH} has 0 connections`);
    for (const flaw of ['expired', 'wrong-secret', 'wrong-audience', 'wrong-issuer'] as const) {
      expect((await get('/oauth/load', await jwt(flaw))).status, flaw).toBe(401);
    }
    expect((await fetch(`${runningServer().url}/oauth/load`)).status).toBe(401);
  });

  it('uninstall marks the store’s authorized connections of that app revoked and drops their token', async () => {
    const connection = await createOAuthConnection();
    expect((await authorize(connection.id)).result.ok).toBe(true);
    expect((await get('/oauth/uninstall', await jwt('wrong-secret'))).status).toBe(401);
    expect((await connectionNow(connection.id)).status.state).toBe('authorized');

    expect((await get('/oauth/uninstall', await jwt())).status).toBe(200);
    const revoked = await connectionNow(connection.id);
    expect(revoked.status).toMatchObject({ state: 'revoked', reason: expect.stringContaining('uninstalled') });
    expect(revoked.authType === 'oauth2' && revoked.authorization).toBeFalsy();
    const retest = (await (await send('POST', `/connections/${connection.id}/test`)).json()) as { result: { reason?: string } };
    expect(retest.result.reason).toBe('not_authorized');
    // The activity log: started and authorized by the owner, uninstalled by BigCommerce (no actor).
    const owner = testOwner.email;
    expect((await activityNow()).slice(0, 4)).toEqual([
      ['connection.tested', 'failed', owner, connection.name],
      ['connection.uninstalled', 'succeeded', null, connection.name],
      ['connection.authorized', 'succeeded', owner, connection.name],
      ['connection.authorization_started', 'succeeded', owner, connection.name],
    ]);
  });
});
