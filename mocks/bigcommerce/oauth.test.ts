import { bigcommerceDemoApp, BUSY_BEE_STORE_HASH, PLUMTREE_STORE_HASH, plumtreeOutfitters } from '../fixtures/bigcommerce';
import { errorText, issueAuthorizationCode, resetBigCommerceSimulator, setSimulatorClock } from './index';
import { callStore, exchangeCode, START, startSimulator } from './testServer';

const simulator = startSimulator();
const redirectUri = 'https://wizard.example/api/oauth/bigcommerce/callback';

function consent(scopes: string[] = ['store_v2_information_read_only', 'store_v2_products'], storeHash = PLUMTREE_STORE_HASH) {
  return issueAuthorizationCode({ clientId: bigcommerceDemoApp.clientId, storeHash, scopes, redirectUri });
}

function exchangeBody(issued: { code: string; context: string; scope: string }, overrides: Record<string, string> = {}) {
  return {
    client_id: bigcommerceDemoApp.clientId,
    client_secret: bigcommerceDemoApp.clientSecret,
    code: issued.code,
    scope: issued.scope,
    grant_type: 'authorization_code',
    redirect_uri: redirectUri,
    context: issued.context,
    ...overrides,
  };
}

describe('issueAuthorizationCode (the consent step)', () => {
  it('returns a code, the account UUID, the context and the scope string with the implicit scopes', async () => {
    const issued = await consent();
    expect(issued).toEqual({
      code: expect.stringMatching(/^[a-z0-9]{16}$/),
      accountUuid: plumtreeOutfitters.accountUuid,
      context: 'stores/x7kq2mfa9b',
      scope: 'store_v2_information_read_only store_v2_products store_v2_default users_basic_information',
    });
    expect((await consent()).code).not.toBe(issued.code);
  });

  it('rejects an unknown app, store or scope', async () => {
    await expect(issueAuthorizationCode({ clientId: 'nope', storeHash: PLUMTREE_STORE_HASH, scopes: [], redirectUri })).rejects.toThrow(/client ID/);
    await expect(consent([], 'nosuchstore')).rejects.toThrow(/store/);
    await expect(consent(['store_v2_information_readonly'])).rejects.toThrow(/store_v2_information_readonly/);
  });
});

describe('POST https://login.bigcommerce.com/oauth2/token', () => {
  it('exchanges a code for a token that the store API then accepts; a second exchange is invalid_grant', async () => {
    const issued = await consent();
    const response = await exchangeCode(exchangeBody(issued));

    expect(response.status).toBe(200);
    expect(response.headers.get('Cache-Control')).toBe('no-store');
    const token = await response.json();
    expect(token).toEqual({
      access_token: expect.stringMatching(/^[a-z0-9]{31}$/),
      scope: issued.scope,
      user: { id: 7413862, username: 'maren@plumtree-outfitters.example', email: 'maren@plumtree-outfitters.example' },
      owner: { id: 7413862, username: 'maren@plumtree-outfitters.example', email: 'maren@plumtree-outfitters.example' },
      context: 'stores/x7kq2mfa9b',
      account_uuid: plumtreeOutfitters.accountUuid,
    });

    const store = await callStore(PLUMTREE_STORE_HASH, '/v2/store', token.access_token);
    expect(store.status).toBe(200);
    expect((await store.json()).id).toBe(PLUMTREE_STORE_HASH);
    expect(store.headers.get('X-Rate-Limit-Requests-Left')).toBe('149');
    expect((await callStore(PLUMTREE_STORE_HASH, '/v3/catalog/summary', token.access_token)).status).toBe(200);

    const again = await exchangeCode(exchangeBody(issued));
    expect(again.status).toBe(400);
    expect(await again.json()).toEqual({ error: 'invalid_grant', error_description: 'The authorization code has already been used.' });
  });

  it('accepts a form-encoded body too', async () => {
    const response = await exchangeCode(exchangeBody(await consent()), 'application/x-www-form-urlencoded');
    expect(response.status).toBe(200);
  });

  it('grants only the consented scopes: a Products-only token gets 403 on /v2/store', async () => {
    const response = await exchangeCode(exchangeBody(await consent(['store_v2_products_read_only'])));
    const { access_token } = await response.json();
    const store = await callStore(PLUMTREE_STORE_HASH, '/v2/store', access_token);
    expect(store.status).toBe(403);
    expect(await store.json()).toMatchObject({ title: errorText.missingScope });
  });

  it('answers 401 invalid_client to a wrong secret or an unknown client, and the code stays usable', async () => {
    const issued = await consent();
    const wrongSecret = await exchangeCode(exchangeBody(issued, { client_secret: 'wrong' }));
    const unknownClient = await exchangeCode(exchangeBody(issued, { client_id: '5k1l8m2n9b4v7c3x6z0a8s1d4f7g2h5' }));

    expect(wrongSecret.status).toBe(401);
    expect(await wrongSecret.json()).toMatchObject({ error: 'invalid_client' });
    expect(unknownClient.status).toBe(401);
    expect(await unknownClient.json()).toMatchObject({ error: 'invalid_client' });
    expect((await exchangeCode(exchangeBody(issued))).status).toBe(200);
  });

  it('answers 400 invalid_grant to a wrong redirect_uri or another store\'s context', async () => {
    const issued = await consent();
    const wrongRedirect = await exchangeCode(exchangeBody(issued, { redirect_uri: 'https://wizard.example/other' }));
    const wrongContext = await exchangeCode(exchangeBody(issued, { context: `stores/${BUSY_BEE_STORE_HASH}` }));

    expect(wrongRedirect.status).toBe(400);
    expect(await wrongRedirect.json()).toMatchObject({ error: 'invalid_grant', error_description: expect.stringContaining('redirect_uri') });
    expect(wrongContext.status).toBe(400);
    expect(await wrongContext.json()).toMatchObject({ error: 'invalid_grant', error_description: expect.stringContaining('context') });
  });

  it('answers invalid_grant to an unknown code and to a code older than 10 minutes', async () => {
    const unknown = await exchangeCode(exchangeBody({ code: 'notacode', context: 'stores/x7kq2mfa9b', scope: 'store_v2_default' }));
    expect(unknown.status).toBe(400);
    expect(await unknown.json()).toMatchObject({ error: 'invalid_grant' });

    const fresh = await consent();
    const stale = await consent();
    simulator.advance(10 * 60_000 - 1);
    expect((await exchangeCode(exchangeBody(fresh))).status).toBe(200);
    simulator.advance(1);
    const expired = await exchangeCode(exchangeBody(stale));
    expect(expired.status).toBe(400);
    expect(await expired.json()).toEqual({ error: 'invalid_grant', error_description: 'The authorization code has expired.' });
  });

  it('answers invalid_request to a missing field or a body that is not JSON, unsupported_grant_type to another grant', async () => {
    const issued = await consent();
    const withoutRedirect: Record<string, string> = exchangeBody(issued);
    delete withoutRedirect.redirect_uri;
    const missing = await exchangeCode(withoutRedirect);
    const notJson = await fetch('https://login.bigcommerce.com/oauth2/token', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{nope' });
    const refresh = await exchangeCode(exchangeBody(issued, { grant_type: 'refresh_token' }));

    expect(missing.status).toBe(400);
    expect(await missing.json()).toEqual({ error: 'invalid_request', error_description: 'Missing required parameter(s): redirect_uri.' });
    expect(notJson.status).toBe(400);
    expect(await notJson.json()).toMatchObject({ error: 'invalid_request' });
    expect(refresh.status).toBe(400);
    expect(await refresh.json()).toMatchObject({ error: 'unsupported_grant_type' });
  });

  it('issues tokens for one store only: a Busy Bee token gets 401 on Plumtree Outfitters', async () => {
    const response = await exchangeCode(exchangeBody(await consent(['store_v2_information'], BUSY_BEE_STORE_HASH)));
    const { access_token, context } = await response.json();
    expect(context).toBe('stores/ratelimit1');

    const elsewhere = await callStore(PLUMTREE_STORE_HASH, '/v2/store', access_token);
    expect(elsewhere.status).toBe(401);
  });

  it('forgets issued tokens and codes on resetBigCommerceSimulator()', async () => {
    const issued = await consent();
    const { access_token } = await (await exchangeCode(exchangeBody(issued))).json();
    const unused = await consent();

    await resetBigCommerceSimulator();
    setSimulatorClock(() => START);

    expect((await callStore(PLUMTREE_STORE_HASH, '/v2/time', access_token)).status).toBe(401);
    expect((await exchangeCode(exchangeBody(unused))).status).toBe(400);
  });
});
