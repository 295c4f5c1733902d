import { connectionSchema, savedTestResponseSchema, type Connection } from '../../src/features/connections/schema';
import { bigcommerceApiAccounts } from '../fixtures/bigcommerce';
import { setBigCommerceScenario } from '../bigcommerce';
import { authorizedConnection, createOAuthConnection, recordBigCommerceCalls } from './oauthTesting';
import { testMessages } from '../../core/bigcommerce/testMessages';
import { send, setupMockBackend, tokenInput } from './testing';

setupMockBackend();

const [full, productsOnly] = bigcommerceApiAccounts;
const plumtreeToken = { storeHash: full!.storeHash, accessToken: full!.accessToken, clientId: full!.clientId };

async function save(method: 'POST' | 'PUT', path: string, body: Record<string, unknown>, status: number): Promise<Connection> {
  const response = await send(method, path, body);
  expect(response.status).toBe(status);
  return connectionSchema.parse(await response.json());
}

async function retest(id: string) {
  const response = await send('POST', `/connections/${id}/test`);
  expect(response.status).toBe(200);
  return savedTestResponseSchema.parse(await response.json());
}

describe('saving a Basic or Token connection runs the test', () => {
  it('records online with checkedAt and the store name', async () => {
    const connection = await save('POST', '/connections', tokenInput(plumtreeToken), 201);
    expect(connection.status).toEqual({ state: 'online', checkedAt: expect.any(String) });
    expect(connection.storeName).toBe('Plumtree Outfitters');
    expect(await (await send('GET', `/connections/${connection.id}`)).json()).toEqual(connection);
  });

  it('still saves (201) when the test fails, recording offline with the failure message', async () => {
    const connection = await save('POST', '/connections', tokenInput({ ...plumtreeToken, accessToken: 'wrongtoken123' }), 201);
    expect(connection.status).toEqual({ state: 'offline', code: 'unauthorized', reason: testMessages.unauthorized('token', 'x7kq2mfa9b'), checkedAt: expect.any(String) });
    expect(connection.storeName).toBeUndefined();
  });

  it('tests again on PUT (200), with the new credentials, and drops the store name they cannot read', async () => {
    const created = await save('POST', '/connections', tokenInput(plumtreeToken), 201);
    const updated = await save(
      'PUT',
      `/connections/${created.id}`,
      tokenInput({ ...plumtreeToken, accessToken: productsOnly!.accessToken, clientId: productsOnly!.clientId }),
      200,
    );
    expect(updated.status).toMatchObject({ state: 'offline', code: 'missing_scope', reason: expect.stringContaining('Information & Settings') });
    expect(updated.storeName).toBeUndefined();
  });

  it('does not test an OAuth 2.0 connection: it waits for authorization', async () => {
    const calls = recordBigCommerceCalls();
    const connection = await createOAuthConnection();
    expect(connection.status).toEqual({ state: 'not_authorized' });
    expect(calls).toEqual([]);
  });
});

describe('POST /api/connections/:id/test', () => {
  it('re-tests with the stored secret and updates status without changing updatedAt', async () => {
    const created = await save('POST', '/connections', tokenInput(plumtreeToken), 201);
    const calls = recordBigCommerceCalls();
    const { result, connection } = await retest(created.id);
    expect(result).toMatchObject({ ok: true, store: { name: 'Plumtree Outfitters' } });
    expect(calls[0]!.headers.get('X-Auth-Token')).toBe(full!.accessToken);
    expect(connection.status).toEqual({ state: 'online', checkedAt: result.checkedAt });
    expect(connection.updatedAt).toBe(created.updatedAt);
  });

  it('records offline on failure and keeps the store name read earlier', async () => {
    const created = await save('POST', '/connections', tokenInput(plumtreeToken), 201);
    setBigCommerceScenario('network-error');
    const { result, connection } = await retest(created.id);
    expect(result).toMatchObject({ ok: false, reason: 'network' });
    expect(connection.status).toEqual({ state: 'offline', code: 'network', reason: testMessages.network(), checkedAt: result.checkedAt });
    expect(connection.storeName).toBe('Plumtree Outfitters');
  });

  it('answers not_authorized for an OAuth 2.0 connection with no token, leaving its status', async () => {
    const created = await createOAuthConnection();
    const { result, connection } = await retest(created.id);
    expect(result).toMatchObject({ ok: false, reason: 'not_authorized', message: testMessages.notAuthorized() });
    expect(connection.status).toEqual({ state: 'not_authorized' });
  });

  it('tests an authorized OAuth 2.0 connection with its stored token', async () => {
    const authorized = await authorizedConnection();
    const calls = recordBigCommerceCalls();
    const { result, connection } = await retest(authorized.id);
    expect(result).toMatchObject({ ok: true, store: { hash: 'x7kq2mfa9b', name: 'Plumtree Outfitters', plan: 'Plus' } });
    expect(calls[0]!.headers.get('X-Auth-Token')).toMatch(/^[a-z0-9]{31}$/);
    expect(connection).toMatchObject({ status: { state: 'online' }, authorization: { accessToken: { set: true } } });
  });

  it('answers 404 for an unknown id', async () => {
    expect((await send('POST', '/connections/unknown-id/test')).status).toBe(404);
  });
});
