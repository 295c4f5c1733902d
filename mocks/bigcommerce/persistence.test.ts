import { openDB } from 'idb';
import { bigcommerceDemoApp, PLUMTREE_STORE_HASH } from '../fixtures/bigcommerce';
import { issueAuthorizationCode, simulatorDbName } from './index';
import { callStore, exchangeCode, START, startSimulator } from './testServer';

startSimulator();
const redirectUri = 'http://localhost/oauth/callback';

async function dumpSimulatorDb(): Promise<string> {
  const db = await openDB(simulatorDbName);
  try {
    return JSON.stringify({ codes: await db.getAll('codes'), tokens: await db.getAll('tokens') });
  } finally {
    db.close();
  }
}

async function issueAndExchange() {
  const issued = await issueAuthorizationCode({ clientId: bigcommerceDemoApp.clientId, storeHash: PLUMTREE_STORE_HASH, scopes: ['store_v2_information_read_only'], redirectUri });
  const response = await exchangeCode({
    client_id: bigcommerceDemoApp.clientId,
    client_secret: bigcommerceDemoApp.clientSecret,
    code: issued.code,
    scope: issued.scope,
    grant_type: 'authorization_code',
    redirect_uri: redirectUri,
    context: issued.context,
  });
  return { issued, token: ((await response.json()) as { access_token: string }).access_token };
}

describe('what the simulator issues is kept in IndexedDB (bc-simulator)', () => {
  it('stores codes, and app tokens only as SHA-256 digests', async () => {
    const { issued, token } = await issueAndExchange();
    const dump = await dumpSimulatorDb();
    expect(dump).toContain(`"code":"${issued.code}"`);
    expect(dump).toContain('"used":true');
    expect(dump).toMatch(/"tokenHash":"[0-9a-f]{64}"/);
    expect(dump).not.toContain(token);
  });

  it('is seen by another document: fresh simulator modules redeem a code and accept a token issued here', async () => {
    const { token } = await issueAndExchange();
    const unused = await issueAuthorizationCode({ clientId: bigcommerceDemoApp.clientId, storeHash: PLUMTREE_STORE_HASH, scopes: ['store_v2_products'], redirectUri });

    vi.resetModules();
    const other = await import('./codes');
    const otherAuth = await import('./auth');
    // The other document's clock: the same time (module memory, the clock included, is not shared).
    (await import('./clock')).setSimulatorClock(() => START);
    expect(await otherAuth.findAccessGrant(token)).toMatchObject({ storeHash: PLUMTREE_STORE_HASH, kind: 'app', scopes: expect.arrayContaining(['store_v2_information_read_only']) });
    const redeemed = await other.redeemAuthorizationCode(unused.code, { clientId: bigcommerceDemoApp.clientId, redirectUri, context: unused.context });
    expect(redeemed).toMatchObject({ ok: true, record: { storeHash: PLUMTREE_STORE_HASH } });
    expect((await callStore(PLUMTREE_STORE_HASH, '/v2/store', token)).status).toBe(200);
  });

  it('lets a code be redeemed once even when two exchanges race', async () => {
    const issued = await issueAuthorizationCode({ clientId: bigcommerceDemoApp.clientId, storeHash: PLUMTREE_STORE_HASH, scopes: ['store_v2_products'], redirectUri });
    const body = {
      client_id: bigcommerceDemoApp.clientId,
      client_secret: bigcommerceDemoApp.clientSecret,
      code: issued.code,
      scope: issued.scope,
      grant_type: 'authorization_code',
      redirect_uri: redirectUri,
      context: issued.context,
    };
    const statuses = (await Promise.all([exchangeCode(body), exchangeCode(body), exchangeCode(body)])).map((response) => response.status);
    expect(statuses.sort()).toEqual([200, 400, 400]);
  });
});
