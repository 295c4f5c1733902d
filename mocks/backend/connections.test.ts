import { apiErrorSchema, connectionListSchema, connectionSchema, messages } from '../../src/features/connections/schema';
import { testMessages } from '../../core/bigcommerce/testMessages';
import { basicInput, oauth2Input, send, sendRaw, tokenInput, setupMockBackend } from './testing';

setupMockBackend();

async function create(body: Record<string, unknown>) {
  const response = await send('POST', '/connections', body);
  expect(response.status).toBe(201);
  return connectionSchema.parse(await response.json());
}

async function errorOf(response: Response) {
  return apiErrorSchema.parse(await response.json()).error;
}

describe('POST /api/connections', () => {
  it('creates an OAuth 2.0 connection awaiting authorization, store hash taken from a pasted API path', async () => {
    const connection = await create(oauth2Input({ name: '  Main store  ', storeHash: 'https://api.bigcommerce.com/stores/Xyz789/v3/' }));
    expect(connection).toMatchObject({
      authType: 'oauth2',
      name: 'Main store',
      storeHash: 'Xyz789',
      oauthClientId: 'demo-oauth-client',
      scopes: ['store_v2_products_read_only', 'store_v2_orders'],
      status: { state: 'not_authorized' },
    });
    expect(connection.createdAt).toBe(connection.updatedAt);
  });

  it('creates a Basic connection with the password only marked as set, tested on save (no such store: offline)', async () => {
    const connection = await create(basicInput({ storeHash: 'store-abc123.mybigcommerce.com', password: '  pw1token  ' }));
    expect(connection).toMatchObject({ authType: 'basic', storeHash: 'abc123', username: 'usr1clientid' });
    expect(connection.status).toEqual({ state: 'offline', code: 'store_not_found', reason: testMessages.storeNotFound('abc123'), checkedAt: expect.any(String) });
    expect(connection.authType === 'basic' && connection.password).toEqual({ set: true, updatedAt: connection.updatedAt });
  });

  it('creates a Token connection with the access token only marked as set, tested on save', async () => {
    const connection = await create(tokenInput());
    expect(connection).toMatchObject({ authType: 'token', clientId: 'cl1entid', status: { state: 'offline' } });
    expect(connection.authType === 'token' && connection.accessToken).toEqual({ set: true, updatedAt: connection.updatedAt });
  });

  it('answers 422 with the field paths of an invalid body', async () => {
    const response = await send('POST', '/connections', oauth2Input({ name: ' ', storeHash: 'not a hash!', scopes: [] }));
    expect(response.status).toBe(422);
    const error = await errorOf(response);
    expect(error).toMatchObject({ status: 422, code: 'validation_failed' });
    expect(error.fields).toEqual(
      expect.arrayContaining([
        { path: 'name', message: messages.nameRequired },
        { path: 'storeHash', message: messages.storeHashInvalid },
        { path: 'scopes', message: messages.scopesRequired },
      ]),
    );
  });

  it('answers 422 on authType when there is none', async () => {
    const response = await send('POST', '/connections', { name: 'No type' });
    expect(response.status).toBe(422);
    expect((await errorOf(response)).fields).toContainEqual({ path: 'authType', message: messages.authTypeRequired });
  });

  it('answers 400 to a body that is not JSON', async () => {
    const response = await sendRaw('POST', '/connections', '{"name": "Main store",');
    expect(response.status).toBe(400);
    expect(await errorOf(response)).toMatchObject({ status: 400, code: 'validation_failed', fields: [] });
  });

  it('answers 422 on oauthClientId when it names no saved client', async () => {
    const response = await send('POST', '/connections', oauth2Input({ oauthClientId: 'no-such-client' }));
    expect(response.status).toBe(422);
    const error = await errorOf(response);
    expect(error.fields.map((field) => field.path)).toEqual(['oauthClientId']);
  });

  it('answers 409 on name for a name that differs only in case and surrounding spaces', async () => {
    await create(tokenInput({ name: 'Main Store' }));
    const response = await send('POST', '/connections', basicInput({ name: '  main STORE ' }));
    expect(response.status).toBe(409);
    const error = await errorOf(response);
    expect(error).toMatchObject({ status: 409, code: 'name_taken' });
    expect(error.fields).toEqual([{ path: 'name', message: messages.nameTaken('main STORE') }]);
  });
});

describe('GET /api/connections', () => {
  it('starts empty and lists the newest change first', async () => {
    const empty = connectionListSchema.parse(await (await send('GET', '/connections')).json());
    expect(empty.connections).toEqual([]);

    const first = await create(tokenInput({ name: 'First' }));
    await create(basicInput({ name: 'Second' }));
    await send('PUT', `/connections/${first.id}`, tokenInput({ name: 'First, edited' }));

    const response = await send('GET', '/connections');
    expect(response.status).toBe(200);
    const { connections } = connectionListSchema.parse(await response.json());
    expect(connections.map((connection) => connection.name)).toEqual(['First, edited', 'Second']);
  });
});

describe('GET /api/connections/:id', () => {
  it('returns the saved connection', async () => {
    const created = await create(oauth2Input());
    const response = await send('GET', `/connections/${created.id}`);
    expect(response.status).toBe(200);
    expect(connectionSchema.parse(await response.json())).toEqual(created);
  });

  it('answers 404 for an unknown id', async () => {
    const response = await send('GET', '/connections/unknown-id');
    expect(response.status).toBe(404);
    expect(await errorOf(response)).toMatchObject({ status: 404, code: 'not_found' });
  });
});

describe('PUT /api/connections/:id', () => {
  it('replaces the connection, keeping id and createdAt, and may switch the auth type', async () => {
    const created = await create(tokenInput());
    const response = await send('PUT', `/connections/${created.id}`, oauth2Input({ name: created.name, storeHash: '/stores/new123/' }));
    expect(response.status).toBe(200);
    const updated = connectionSchema.parse(await response.json());
    expect(updated).toMatchObject({ id: created.id, createdAt: created.createdAt, authType: 'oauth2', storeHash: 'new123' });
    expect(updated.status).toEqual({ state: 'not_authorized' });
    expect(updated.updatedAt > created.updatedAt).toBe(true);
  });

  it('keeps its own name, even in another case, without a 409', async () => {
    const created = await create(tokenInput({ name: 'Main Store' }));
    const response = await send('PUT', `/connections/${created.id}`, tokenInput({ name: 'MAIN store ' }));
    expect(response.status).toBe(200);
    expect(connectionSchema.parse(await response.json()).name).toBe('MAIN store');
  });

  it('answers 409 when the new name belongs to another connection', async () => {
    await create(tokenInput({ name: 'Taken' }));
    const other = await create(basicInput({ name: 'Other' }));
    const response = await send('PUT', `/connections/${other.id}`, basicInput({ name: ' taken' }));
    expect(response.status).toBe(409);
    expect((await errorOf(response)).fields.map((field) => field.path)).toEqual(['name']);
  });

  it('requires the secret again', async () => {
    const created = await create(tokenInput());
    const response = await send('PUT', `/connections/${created.id}`, tokenInput({ accessToken: '' }));
    expect(response.status).toBe(422);
    expect((await errorOf(response)).fields.map((field) => field.path)).toEqual(['accessToken']);
  });

  it('answers 400 to a body that is not JSON and 422 to an unknown oauthClientId', async () => {
    const created = await create(oauth2Input());
    expect((await sendRaw('PUT', `/connections/${created.id}`, 'not json')).status).toBe(400);
    const response = await send('PUT', `/connections/${created.id}`, oauth2Input({ oauthClientId: 'gone' }));
    expect(response.status).toBe(422);
    expect((await errorOf(response)).fields.map((field) => field.path)).toEqual(['oauthClientId']);
  });

  it('answers 404 for an unknown id', async () => {
    const response = await send('PUT', '/connections/unknown-id', tokenInput());
    expect(response.status).toBe(404);
    expect(await errorOf(response)).toMatchObject({ code: 'not_found' });
  });
});

describe('DELETE /api/connections/:id', () => {
  it('deletes with 204, then the connection is gone', async () => {
    const created = await create(tokenInput());
    const response = await send('DELETE', `/connections/${created.id}`);
    expect(response.status).toBe(204);
    expect(await response.text()).toBe('');
    expect((await send('GET', `/connections/${created.id}`)).status).toBe(404);
  });

  it('answers 404 for an unknown id', async () => {
    const response = await send('DELETE', '/connections/unknown-id');
    expect(response.status).toBe(404);
    expect(await errorOf(response)).toMatchObject({ code: 'not_found' });
  });
});
