import { apiErrorSchema, messages, oauthClientListSchema, oauthClientSchema } from '../../src/features/connections/schema';
import { clientInput, demoClientId, send, sendRaw, setupMockBackend } from './testing';

setupMockBackend();

async function listClients() {
  const response = await send('GET', '/oauth-clients');
  expect(response.status).toBe(200);
  return oauthClientListSchema.parse(await response.json()).clients;
}

async function errorOf(response: Response) {
  return apiErrorSchema.parse(await response.json()).error;
}

describe('OAuth 2.0 clients', () => {
  it('lists the demo client on first use', async () => {
    const clients = await listClients();
    expect(clients).toHaveLength(1);
    expect(clients[0]).toMatchObject({ id: demoClientId, name: 'BigCommerce demo app', clientId: 'd3m0app1c2l3i4e5n6t7i8d9a0b1c2d' });
    expect(clients[0]?.clientSecret.set).toBe(true);
  });

  it('creates a client from a normalized body and lists it by name', async () => {
    const response = await send('POST', '/oauth-clients', clientInput({ name: '  Another app ', clientSecret: ' padded-secret ' }));
    expect(response.status).toBe(201);
    const created = oauthClientSchema.parse(await response.json());
    expect(created).toMatchObject({ name: 'Another app', clientId: 'myapp123clientid', clientSecret: { set: true, updatedAt: created.updatedAt } });
    expect((await listClients()).map((client) => client.name)).toEqual(['Another app', 'BigCommerce demo app']);
  });

  it('answers 422 with field paths, and 400 to a body that is not JSON', async () => {
    const invalid = await send('POST', '/oauth-clients', { name: '', clientId: 'has spaces', clientSecret: 'Bearer abc' });
    expect(invalid.status).toBe(422);
    expect((await errorOf(invalid)).fields.map((field) => field.path).sort()).toEqual(['clientId', 'clientSecret', 'name']);
    const malformed = await sendRaw('POST', '/oauth-clients', '{');
    expect(malformed.status).toBe(400);
    expect(await errorOf(malformed)).toMatchObject({ status: 400, code: 'validation_failed' });
  });

  it('updates a client, keeping id and createdAt', async () => {
    const [demo] = await listClients();
    const response = await send('PUT', `/oauth-clients/${demoClientId}`, clientInput({ name: 'Renamed app' }));
    expect(response.status).toBe(200);
    const updated = oauthClientSchema.parse(await response.json());
    expect(updated).toMatchObject({ id: demoClientId, name: 'Renamed app', clientId: 'myapp123clientid', createdAt: demo?.createdAt });
    expect(updated.clientSecret.updatedAt).toBe(updated.updatedAt);
    expect((await listClients()).map((client) => client.name)).toEqual(['Renamed app']);
  });

  it('requires the secret again on update', async () => {
    const { name, clientId } = clientInput();
    const missing = await send('PUT', `/oauth-clients/${demoClientId}`, { name, clientId });
    expect(missing.status).toBe(422);
    expect((await errorOf(missing)).fields).toEqual([{ path: 'clientSecret', message: expect.any(String) }]);
    const empty = await send('PUT', `/oauth-clients/${demoClientId}`, clientInput({ clientSecret: '  ' }));
    expect(empty.status).toBe(422);
    expect((await errorOf(empty)).fields).toEqual([{ path: 'clientSecret', message: messages.clientSecretRequired }]);
  });

  it('answers 404 to an update of an unknown client', async () => {
    const response = await send('PUT', '/oauth-clients/unknown-id', clientInput());
    expect(response.status).toBe(404);
    expect(await errorOf(response)).toMatchObject({ status: 404, code: 'not_found' });
  });
});
