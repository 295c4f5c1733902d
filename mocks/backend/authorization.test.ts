import { http, HttpResponse } from 'msw';
import { apiErrorSchema, connectionSchema, oauthCallbackResultSchema, type OAuthCallbackResult } from '../../src/features/connections/schema';
import { bigcommerceDemoApp, BUSY_BEE_STORE_HASH } from '../fixtures/bigcommerce';
import { setBigCommerceScenario, TOKEN_URL } from '../bigcommerce';
import { server } from '../node';
import { authorizationMessages } from '../../core/authorization/messages';
import { setBigCommerceTimeoutMs } from './bigcommerceTimeout';
import { connectionStore } from './connectionStore';
import { decryptSecret } from './crypto';
import { openBackendDb } from './db';
import { consent, createOAuthConnection, oauthScopes, postCallback, recordIssuedTokens, redirectUri, startAuthorization } from './oauthTesting';
import { setScenario } from './scenarios';
import { clientInput, demoClientId, dumpAllDatabases, oauth2Input, send, setupMockBackend, tokenInput } from './testing';

setupMockBackend();

async function callback(query: Record<string, string>): Promise<OAuthCallbackResult> {
  const response = await postCallback(query);
  expect(response.status).toBe(200);
  return oauthCallbackResultSchema.parse(await response.json());
}

async function connectionNow(id: string) {
  return connectionSchema.parse(await (await send('GET', `/connections/${id}`)).json());
}

describe('POST /api/connections/:id/authorize', () => {
  it('answers the consent URL with client ID, scopes, context, redirect URI and a fresh state, kept in IndexedDB', async () => {
    const connection = await createOAuthConnection();
    const response = await send('POST', `/connections/${connection.id}/authorize`);
    expect(response.status).toBe(200);
    const { authorizeUrl } = (await response.json()) as { authorizeUrl: string };
    const url = new URL(authorizeUrl, 'http://localhost');
    expect(authorizeUrl.startsWith('/__bigcommerce/consent?')).toBe(true);
    expect(Object.fromEntries(url.searchParams)).toEqual({
      client_id: bigcommerceDemoApp.clientId,
      scope: oauthScopes.join(' '),
      context: 'stores/x7kq2mfa9b',
      redirect_uri: redirectUri,
      state: expect.stringMatching(/^[0-9a-f]{32}$/),
    });
    const again = await startAuthorization(connection.id);
    expect(again.get('state')).not.toBe(url.searchParams.get('state'));
    const pending = await (await openBackendDb()).get('authorizations', url.searchParams.get('state')!);
    expect(pending).toEqual({ id: url.searchParams.get('state'), connectionId: connection.id, storeHash: 'x7kq2mfa9b', createdAt: expect.any(String), expiresAt: expect.any(Number) });
  });

  it('answers 404 for an unknown connection and 422 for a Token connection', async () => {
    expect((await send('POST', '/connections/unknown-id/authorize')).status).toBe(404);
    const token = connectionSchema.parse(await (await send('POST', '/connections', tokenInput())).json());
    const response = await send('POST', `/connections/${token.id}/authorize`);
    expect(response.status).toBe(422);
    expect(apiErrorSchema.parse(await response.json()).error.fields.map((field) => field.path)).toEqual(['authType']);
  });
});

describe('POST /api/oauth/callback', () => {
  it('exchanges the code, stores the token encrypted and marks the connection authorized; no token in any answer', async () => {
    const tokens = recordIssuedTokens();
    const connection = await createOAuthConnection();
    const response = await postCallback(await consent(await startAuthorization(connection.id)));
    const text = await response.text();
    const result = oauthCallbackResultSchema.parse(JSON.parse(text));

    expect(result.ok).toBe(true);
    const authorized = result.ok ? result.connection : undefined;
    expect(authorized).toMatchObject({
      id: connection.id,
      status: { state: 'authorized', checkedAt: expect.any(String) },
      storeName: 'Plumtree Outfitters',
      authorization: {
        grantedScopes: [...oauthScopes, 'store_v2_default', 'users_basic_information'],
        authorizedAt: expect.any(String),
        accessToken: { set: true, updatedAt: expect.any(String) },
      },
    });
    expect(tokens).toHaveLength(1);
    const token = tokens[0]!;
    expect(text).not.toContain(token);
    expect(JSON.stringify(await connectionNow(connection.id))).not.toContain(token);
    expect(await dumpAllDatabases()).not.toContain(token);
    const stored = await connectionStore.find(connection.id);
    expect(stored?.authType === 'oauth2' && stored.authorization && (await decryptSecret(stored.authorization.accessToken, { record: `connection:${connection.id}`, field: 'authorization.accessToken' }))).toBe(token);
  });

  it('answers invalid_grant to the same code used twice, and leaves the connection authorized', async () => {
    const connection = await createOAuthConnection();
    const query = await consent(await startAuthorization(connection.id));
    expect((await callback(query)).ok).toBe(true);
    expect(await callback(query)).toEqual({ ok: false, connectionId: connection.id, reason: 'invalid_grant', message: authorizationMessages.invalidGrant });
    expect((await connectionNow(connection.id)).status.state).toBe('authorized');
  });

  it('answers invalid_client when the OAuth 2.0 client has a wrong secret; the code works once the secret is fixed', async () => {
    const connection = await createOAuthConnection();
    const query = await consent(await startAuthorization(connection.id));
    const fixed = clientInput({ name: 'BigCommerce demo app', clientId: bigcommerceDemoApp.clientId, clientSecret: bigcommerceDemoApp.clientSecret });
    await send('PUT', `/oauth-clients/${demoClientId}`, { ...fixed, clientSecret: 'wrongsecret123' });

    const refused = await callback(query);
    expect(refused).toEqual({ ok: false, connectionId: connection.id, reason: 'invalid_client', message: authorizationMessages.invalidClient('BigCommerce demo app') });
    expect(refused.ok || refused.message).toContain('Edit the OAuth 2.0 client');
    expect((await connectionNow(connection.id)).status.state).toBe('not_authorized');

    await send('PUT', `/oauth-clients/${demoClientId}`, fixed);
    expect((await callback(query)).ok).toBe(true);
  });

  it("answers store_mismatch, naming both stores, when the person chose another store's context", async () => {
    const connection = await createOAuthConnection();
    const query = await consent(await startAuthorization(connection.id), BUSY_BEE_STORE_HASH);
    expect(query.context).toBe('stores/ratelimit1');
    const result = await callback(query);
    expect(result).toEqual({ ok: false, connectionId: connection.id, reason: 'store_mismatch', message: authorizationMessages.storeMismatch('ratelimit1', 'x7kq2mfa9b') });
    expect(result.ok || result.message).toMatch(/ratelimit1.*x7kq2mfa9b/);
    expect(await connectionNow(connection.id)).not.toHaveProperty('authorization');
  });

  it("answers store_mismatch when the token BigCommerce returns is for another store's context", async () => {
    server.use(http.post(TOKEN_URL, () => HttpResponse.json({ access_token: 'othertoken1', scope: 'store_v2_default', context: 'stores/zz9' })));
    const connection = await createOAuthConnection();
    const query = await consent(await startAuthorization(connection.id));
    delete query.context;
    const result = await callback(query);
    expect(result).toMatchObject({ ok: false, reason: 'store_mismatch', message: authorizationMessages.storeMismatch('zz9', 'x7kq2mfa9b') });
    expect(await dumpAllDatabases()).not.toContain('othertoken1');
  });

  it('answers access_denied when the person pressed Cancel', async () => {
    const connection = await createOAuthConnection();
    const state = (await startAuthorization(connection.id)).get('state')!;
    const result = await callback({ state, error: 'access_denied', error_description: 'The user cancelled the authorization.' });
    expect(result).toEqual({
      ok: false,
      connectionId: connection.id,
      reason: 'access_denied',
      message: 'You cancelled the authorization on BigCommerce. Press Save & authorize to try again.',
    });
  });

  it('answers unknown_state to a state never issued, and to one older than 10 minutes', async () => {
    expect(await callback({ state: 'nosuchstate', code: 'abc' })).toEqual({ ok: false, reason: 'unknown_state', message: authorizationMessages.unknownState });

    const connection = await createOAuthConnection();
    const query = await consent(await startAuthorization(connection.id));
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(Date.now() + 10 * 60_000);
      expect(await callback(query)).toMatchObject({ ok: false, reason: 'unknown_state' });
    } finally {
      vi.useRealTimers();
    }
  });

  it('answers unknown_state, with the connection ID, when the connection was deleted meanwhile', async () => {
    const connection = await createOAuthConnection();
    const query = await consent(await startAuthorization(connection.id));
    await send('DELETE', `/connections/${connection.id}`);
    expect(await callback(query)).toEqual({ ok: false, connectionId: connection.id, reason: 'unknown_state', message: authorizationMessages.connectionGone });
  });

  it('answers unavailable when BigCommerce does not answer the token request in time', async () => {
    const connection = await createOAuthConnection();
    const query = await consent(await startAuthorization(connection.id));
    setBigCommerceTimeoutMs(50);
    setBigCommerceScenario('hang');
    expect(await callback(query)).toMatchObject({ ok: false, reason: 'unavailable', message: authorizationMessages.timeout(50) });
  });

  it("fails with the 'connections.authorize' scenario, like the start of the authorization", async () => {
    setScenario('connections.authorize', 'unavailable', { once: true });
    expect((await postCallback({ state: 'any' })).status).toBe(503);
    expect((await postCallback({ state: 'any' })).status).toBe(200);
  });
});

describe('saving an authorized OAuth 2.0 connection again', () => {
  async function authorized() {
    const connection = await createOAuthConnection();
    expect((await callback(await consent(await startAuthorization(connection.id)))).ok).toBe(true);
    return connection;
  }
  const save = (id: string, overrides: Record<string, unknown>) =>
    send('PUT', `/connections/${id}`, oauth2Input({ storeHash: 'x7kq2mfa9b', scopes: oauthScopes, ...overrides }));

  it('keeps the authorization when only the name changes (scopes in another order too)', async () => {
    const connection = await authorized();
    const response = await save(connection.id, { name: 'Renamed', scopes: [...oauthScopes].reverse() });
    expect(response.status).toBe(200);
    const saved = await connectionNow(connection.id);
    expect(saved).toMatchObject({ name: 'Renamed', status: { state: 'authorized' }, storeName: 'Plumtree Outfitters', authorization: { accessToken: { set: true } } });
  });

  it.each([
    ['the scopes', { scopes: oauthScopes.slice(0, 1) }],
    ['the store', { storeHash: 'abc123' }],
  ])('needs authorizing again when %s change', async (_what, overrides) => {
    const connection = await authorized();
    expect((await save(connection.id, overrides)).status).toBe(200);
    const saved = await connectionNow(connection.id);
    expect(saved.status.state).toBe('not_authorized');
    expect(saved.authType === 'oauth2' && saved.authorization).toBeFalsy();
  });
});
