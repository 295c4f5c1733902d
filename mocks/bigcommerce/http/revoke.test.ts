// @vitest-environment node
// POST /__simulator/revoke and /__simulator/restore: the account (or app token) behind a token is
// deleted, so that every call with it answers 401 as BigCommerce does; a store-level account comes back.
import { bigcommerceApiAccounts, PLUMTREE_STORE_HASH } from '../../fixtures/bigcommerce';
import { errorText } from '../index';
import { callStore, control, exchange, install, startHttpSimulator } from './testing';

const simulator = startHttpSimulator();
const [readOnly, reader] = bigcommerceApiAccounts.map((account) => account.accessToken) as [string, string];

const revoke = (accessToken: unknown) => control(simulator, '/__simulator/revoke', { accessToken });
const restore = (accessToken: unknown) => control(simulator, '/__simulator/restore', { accessToken });
const storeStatus = async (token: string, path = '/v2/time') => (await callStore(simulator, PLUMTREE_STORE_HASH, path, token)).status;

async function appToken(): Promise<string> {
  const response = await exchange(simulator, await install(simulator));
  return ((await response.json()) as { access_token: string }).access_token;
}

describe('POST /__simulator/revoke', () => {
  it('deletes a store-level API account: its token answers 401 everywhere from then on, the other accounts still work', async () => {
    expect(await storeStatus(readOnly)).toBe(200);
    expect((await revoke(readOnly)).status).toBe(204);

    const refused = await callStore(simulator, PLUMTREE_STORE_HASH, '/v3/catalog/products', readOnly);
    expect(refused.status).toBe(401);
    expect(await refused.json()).toMatchObject({ status: 401, title: errorText.invalidCredentials });
    expect(await storeStatus(readOnly, '/v2/orders')).toBe(401);
    expect(await storeStatus(reader, '/v3/catalog/summary')).toBe(200);
    // Revoking it again changes nothing.
    expect((await revoke(readOnly)).status).toBe(204);
  });

  it('revokes an app’s OAuth token: 401 from then on; it cannot be restored, and a second revoke finds nothing', async () => {
    const token = await appToken();
    expect(await storeStatus(token)).toBe(200);
    expect((await revoke(token)).status).toBe(204);
    expect(await storeStatus(token)).toBe(401);
    expect((await restore(token)).status).toBe(404);
    expect((await revoke(token)).status).toBe(404);
  });

  it('answers 404 for a token nobody has, and 400 for a body without a token', async () => {
    const unknown = await revoke('not-a-token-anyone-has');
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ error: expect.stringContaining('No store-level API account or app token') });
    for (const body of [{}, { accessToken: '' }, { accessToken: 42 }, ['x'], 'not json']) {
      const response = await control(simulator, '/__simulator/revoke', body);
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ error: expect.stringContaining('accessToken') });
    }
    expect((await fetch(`${simulator.url}/__simulator/revoke`)).status).toBe(405);
  });
});

describe('POST /__simulator/restore', () => {
  it('brings a deleted store-level account back, with its scopes', async () => {
    await revoke(reader);
    expect(await storeStatus(reader, '/v3/catalog/summary')).toBe(401);
    expect((await restore(reader)).status).toBe(204);
    expect(await storeStatus(reader, '/v3/catalog/summary')).toBe(200);
    expect(await storeStatus(reader, '/v2/store')).toBe(403);
  });

  it('accepts an account never deleted, answers 404 for a token of no store-level account and 400 for a bad body', async () => {
    expect((await restore(readOnly)).status).toBe(204);
    expect((await restore('not-a-token-anyone-has')).status).toBe(404);
    expect((await restore(undefined)).status).toBe(400);
    expect((await fetch(`${simulator.url}/__simulator/restore`, { method: 'PUT' })).status).toBe(405);
  });

  it('is not needed after a reset: POST /__simulator/reset brings every deleted account back', async () => {
    await revoke(readOnly);
    expect((await control(simulator, '/__simulator/reset')).status).toBe(204);
    expect(await storeStatus(readOnly)).toBe(200);
  });
});
