import { connectionListSchema, oauthClientListSchema } from '../../src/features/connections/schema';
import { demoOAuthClient } from '../fixtures/demo';
import { decryptSecret, encryptSecret } from './crypto';
import { oauthClientStore } from './oauthClientStore';
import { authorizedConnection, recordIssuedTokens } from './oauthTesting';
import { clientInput, demoClientId, dumpDatabase, send, tokenInput, setupMockBackend } from './testing';

setupMockBackend();

const sealedBinding = { record: 'connection:sealed', field: 'accessToken' };

async function listClients() {
  return oauthClientListSchema.parse(await (await send('GET', '/oauth-clients')).json()).clients;
}

describe('demo data', () => {
  it('is seeded on the first request, with the demo client secret encrypted', async () => {
    expect(await dumpDatabase()).not.toContain('BigCommerce demo app');
    const { connections } = connectionListSchema.parse(await (await send('GET', '/connections')).json());
    expect(connections).toEqual([]);
    expect(await dumpDatabase()).toContain('BigCommerce demo app');
    expect(await dumpDatabase()).not.toContain(demoOAuthClient.clientSecret);
    const stored = await oauthClientStore.find(demoClientId);
    expect(stored && (await decryptSecret(stored.clientSecret, { record: `oauthClient:${demoClientId}`, field: 'clientSecret' }))).toBe(demoOAuthClient.clientSecret);
  });

  it('is seeded once when the first requests come in parallel', async () => {
    await Promise.all([send('GET', '/oauth-clients'), send('GET', '/connections'), send('GET', '/oauth-clients')]);
    expect(await listClients()).toHaveLength(1);
  });

  it('comes back on POST /api/demo/reset, with the same key', async () => {
    const sealedBefore = await encryptSecret('sealed before the reset', sealedBinding);
    await send('POST', '/connections', tokenInput());
    await send('POST', '/oauth-clients', clientInput());
    await send('PUT', `/oauth-clients/${demoClientId}`, clientInput({ name: 'Renamed' }));

    const response = await send('POST', '/demo/reset');
    expect(response.status).toBe(204);

    const clients = await listClients();
    expect(clients).toEqual([expect.objectContaining({ id: demoClientId, name: 'BigCommerce demo app', clientId: demoOAuthClient.clientId })]);
    const { connections } = connectionListSchema.parse(await (await send('GET', '/connections')).json());
    expect(connections).toEqual([]);
    const stored = await oauthClientStore.find(demoClientId);
    expect(stored && (await decryptSecret(stored.clientSecret, { record: `oauthClient:${demoClientId}`, field: 'clientSecret' }))).toBe(demoOAuthClient.clientSecret);
    expect(await decryptSecret(sealedBefore, sealedBinding)).toBe('sealed before the reset');
  });

  it('also clears the BigCommerce simulator: an app token issued before the reset is refused', async () => {
    const tokens = recordIssuedTokens();
    await authorizedConnection();
    const call = () => fetch('https://api.bigcommerce.com/stores/x7kq2mfa9b/v2/time', { headers: { 'X-Auth-Token': tokens[0]! } });
    expect((await call()).status).toBe(200);
    expect((await send('POST', '/demo/reset')).status).toBe(204);
    expect((await call()).status).toBe(401);
  });
});
