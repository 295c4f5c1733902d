// @vitest-environment node
// Bad input gets one answer whatever the database: the same body sent to a server on SQLite and
// to one on PostgreSQL answers the same 422 on the field, and neither stores anything. The first
// four bodies are issue 25's table: before the limits, SQLite saved them and PostgreSQL answered
// 500 to a NUL in a name ("invalid byte sequence for encoding UTF8: 0x00").
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import { apiKeyMessages, messages, sessionMessages, webhookMessages } from '../../src/features/connections/schema';
import { readRows } from '../fuzz/rows';
import { startServerUnderTest, type ServerUnderTest } from '../testing/apiBackend';
import { postgresUnavailable } from '../testing/databases';

const token = { authType: 'token', clientId: '5k1l8m2n9b4v7c3x6z0a8s1d4f7g2h5', storeHash: 'x7kq2mfa9b', accessToken: 'q4w8e2r6t0y3u7i1o5p9a2s6d0f4g8h' };
const client = { name: 'My BigCommerce app', clientId: 'myapp123clientid', clientSecret: 'cl13ntS3cr3tQwe123rty456uio789' };
// A public address written as an IP: a name would need DNS, which the test machine does not have.
const webhook = { url: 'https://93.184.216.34/hooks', events: ['connection.created'] };

const cases = [
  { what: 'a connection name with a NUL', path: '/connections', body: { ...token, name: 'x\u0000y' }, field: 'name', message: messages.nameHasControl() },
  { what: 'an OAuth client name with a NUL', path: '/oauth-clients', body: { ...client, name: 'My\u0000app' }, field: 'name', message: messages.nameHasControl() },
  { what: 'an access token of 60,000 characters', path: '/connections', body: { ...token, name: 'Long token', accessToken: 'a'.repeat(60_000) }, field: 'accessToken', message: messages.secretTooLong('access token', 60_000) },
  { what: 'an access token with a NUL inside', path: '/connections', body: { ...token, name: 'NUL token', accessToken: 'q4w8e2r6t0\u0000y3u7i1o5p9' }, field: 'accessToken', message: messages.secretHasOtherCharacters('access token') },
  { what: 'a connection name with half an emoji', path: '/connections', body: { ...token, name: 'Shop \ud83d' }, field: 'name', message: messages.nameHasControl() },
  { what: 'an OAuth client secret with half an emoji', path: '/oauth-clients', body: { ...client, clientSecret: 'abc\udc00def' }, field: 'clientSecret', message: messages.secretHasOtherCharacters('client secret') },
  { what: 'an OAuth client ID with a NUL', path: '/connections', body: { name: 'OAuth', authType: 'oauth2', storeHash: 'x7kq2mfa9b', oauthClientId: 'demo\u0000', scopes: ['store_v2_products_read_only'] }, field: 'oauthClientId', message: messages.oauthClientUnknown },
  { what: 'a test of a token with a NUL', path: '/connections/test', body: { ...token, accessToken: 'abc\u0000' }, field: 'accessToken', message: messages.secretHasOtherCharacters('access token') },
  { what: 'an API key name with a NUL', path: '/api-keys', body: { name: 'Export\u0000', connections: 'all', access: 'read' }, field: 'name', message: messages.nameHasControl() },
  { what: 'an API key naming a connection ID with a NUL', path: '/api-keys', body: { name: 'Export', connections: ['c\u0000'], access: 'read' }, field: 'connections', message: apiKeyMessages.unknownConnections(1) },
  { what: 'a sign-in password with a NUL', path: '/session', body: { email: 'owner@example.com', password: 'pass\u0000word' }, field: 'password', message: sessionMessages.passwordHasControl },
  { what: 'a webhook URL with a NUL', path: '/webhooks', body: { ...webhook, url: 'https://93.184.216.34/hooks\u0000x' }, field: 'url', message: webhookMessages.urlHasControl },
  { what: 'a webhook URL with half an emoji', path: '/webhooks', body: { ...webhook, url: 'https://93.184.216.34/hooks/\ud83d' }, field: 'url', message: webhookMessages.urlHasControl },
  { what: 'a webhook URL with a C1 control', path: '/webhooks', body: { ...webhook, url: 'https://93.184.216.34/hooks?to=\u0085' }, field: 'url', message: webhookMessages.urlHasControl },
  { what: 'a webhook description with a NUL', path: '/webhooks', body: { ...webhook, description: 'Order\u0000system' }, field: 'description', message: messages.nameHasControl('description') },
  { what: 'a client ID sent as a number', path: '/oauth-clients', body: { ...client, clientId: 12345 }, field: 'clientId', message: messages.clientIdNotText('client ID') },
  { what: 'an access token sent as a number', path: '/connections', body: { ...token, name: 'Number token', accessToken: 12345 }, field: 'accessToken', message: messages.secretNotText('access token') },
  { what: 'a sign-in password sent as a number', path: '/session', body: { email: 'owner@example.com', password: 12345 }, field: 'password', message: sessionMessages.passwordNotText },
  { what: 'a sign-in email of 262 characters', path: '/session', body: { email: `${'o'.repeat(250)}@example.com`, password: 'whatever it is' }, field: 'email', message: sessionMessages.emailTooLong(262) },
  { what: 'a sign-in email with a NUL', path: '/session', body: { email: 'owner\u0000@example.com', password: 'whatever it is' }, field: 'email', message: sessionMessages.emailInvalid },
] as const;

const kinds = postgresUnavailable ? (['sqlite'] as const) : (['sqlite', 'postgres'] as const);
const servers: ServerUnderTest[] = [];
beforeAll(async () => {
  servers.push(...(await Promise.all(kinds.map((kind) => startServerUnderTest(kind, () => 2000)))));
}, 60_000);
afterEach(() => Promise.all(servers.map((server) => server.clear())));
afterAll(() => Promise.all(servers.map((server) => server.close())));

async function post(server: ServerUnderTest, path: string, body: unknown) {
  const response = await fetch(`${server.url}/api${path}`, { method: 'POST', headers: { ...server.signedIn, 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  return { status: response.status, body: (await response.json()) as unknown };
}

// The rows of every table a body of these routes could write, read straight from the database.
const storedTables = ['connections', 'oauth_clients', 'api_keys', 'webhook_endpoints'];
const stored = (server: ServerUnderTest) => readRows(server.running.storage.database.kysely as unknown as Kysely<unknown>, storedTables);

describe(`the same bad body on ${kinds.join(' and ')}`, () => {
  it.each(cases.map((entry) => [entry.what, entry] as const))('%s: 422 on the field, the same answer, nothing stored', async (_what, entry) => {
    const before = await Promise.all(servers.map(stored));
    const answers = await Promise.all(servers.map((server) => post(server, entry.path, entry.body)));
    const [first] = answers;
    expect(first).toEqual({
      status: 422,
      body: { error: { status: 422, code: 'validation_failed', message: 'One field needs attention before this can be saved.', fields: [{ path: entry.field, message: entry.message }] } },
    });
    for (const answer of answers) expect(answer).toEqual(first);
    expect(await Promise.all(servers.map(stored))).toEqual(before);
  });
});

describe(`an address with a control character on ${kinds.join(' and ')}`, () => {
  it.each([
    ['GET', '/connections/x%00y'],
    ['PUT', '/connections/x%00y'],
    ['DELETE', '/connections/%00'],
    ['POST', '/connections/%00/test'],
    ['POST', '/connections/%1F/authorize'],
    ['PUT', '/oauth-clients/demo-oauth-client%C2%85'],
  ] as const)('%s %s: 404 in the contract shape, the same on each database', async (method, path) => {
    const answers = await Promise.all(
      servers.map(async (server) => {
        const response = await fetch(`${server.url}/api${path}`, { method, headers: { ...server.signedIn, 'Content-Type': 'application/json' }, ...(method === 'PUT' ? { body: JSON.stringify(client) } : {}) });
        return { status: response.status, body: (await response.json()) as { error: { code: string } } };
      }),
    );
    expect(answers[0]?.status).toBe(404);
    expect(answers[0]?.body.error.code).toBe('not_found');
    for (const answer of answers) expect(answer).toEqual(answers[0]);
  });
});
