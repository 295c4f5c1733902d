// Every route of the server that takes a body, as the fuzzer sends to it: one entry a route (its
// path, the bodies its schema accepts, how to read back what a 2xx stored). A new route that
// takes a body is one more entry here.
import fc from 'fast-check';
import { expect } from 'vitest';
import {
  apiKeyCreatedSchema,
  apiKeyInputSchema,
  apiKeyListSchema,
  connectionInputSchema,
  connectionSchema,
  oauthClientInputSchema,
  oauthClientListSchema,
  oauthClientSchema,
  sessionSchema,
  setupInputSchema,
  testResponseSchema,
  webhookCreatedSchema,
  webhookEventTypes,
  webhookInputSchema,
  webhookListSchema,
  webhookSchema,
} from '../../src/features/connections/schema';
import type { EncryptedSecret } from '../../core/ports';
import { verifyPassword } from '../auth/passwords';
import { cookieOf, testOwner } from '../testing/owner';
import { clientIdValue, connectionInputValue, emailValue, nameValue, passwordValue, secretValue, placeholders, storeHashValue } from './fields';
import type { FuzzRoute, FuzzServer, Sent } from './harness';
import { without, type Rows } from './rows';

/** Only bodies the schema takes: the fuzzer's starting points. */
const accepted = <T extends Record<string, unknown>>(arbitrary: fc.Arbitrary<T>, schema: { safeParse(value: unknown): { success: boolean } }) =>
  arbitrary.filter((body) => schema.safeParse(body).success);

const secretFields = new Set(['password', 'accessToken', 'clientSecret']);

/** The stored record holds each field the body asked for; its secrets decrypt to the ones sent. */
async function expectStored(fuzz: FuzzServer, record: object | undefined, expected: Record<string, unknown>, recordKey: string): Promise<void> {
  expect(record, 'the 2xx record is stored').toBeDefined();
  const stored = record as Record<string, unknown>;
  for (const [field, value] of Object.entries(expected)) {
    if (!secretFields.has(field)) expect(stored[field], field).toEqual(value);
    else expect(await fuzz.server.deps.cipher.decrypt(stored[field] as EncryptedSecret, { record: recordKey, field }), field).toBe(value);
  }
}

/** Only the record `id` of `table` differs, and it is there. */
function expectOnlyChanged(before: Rows, after: Rows, table: string, key: string, id: string): void {
  expect(without(after, table, key, id), `only ${table} ${id} changed`).toEqual(without(before, table, key, id));
  expect((after[table] ?? []).some((row) => row[key] === id)).toBe(true);
}

async function connectionStored(fuzz: FuzzServer, sent: Sent, before: Rows, after: Rows): Promise<void> {
  const expected = connectionInputSchema.parse(sent.body);
  const saved = connectionSchema.parse(sent.answer);
  expect(connectionSchema.parse(await (await fuzz.send('GET', `/connections/${saved.id}`)).json())).toEqual(saved);
  await expectStored(fuzz, await fuzz.server.deps.connections.find(saved.id), expected, `connection:${saved.id}`);
  expectOnlyChanged(before, after, 'connections', 'id', saved.id);
}

async function clientStored(fuzz: FuzzServer, sent: Sent, before: Rows, after: Rows): Promise<void> {
  const expected = oauthClientInputSchema.parse(sent.body);
  const saved = oauthClientSchema.parse(sent.answer);
  const list = oauthClientListSchema.parse(await (await fuzz.send('GET', '/oauth-clients')).json());
  expect(list.clients.find((client) => client.id === saved.id)).toEqual(saved);
  await expectStored(fuzz, await fuzz.server.deps.oauthClients.find(saved.id), expected, `oauthClient:${saved.id}`);
  expectOnlyChanged(before, after, 'oauth_clients', 'id', saved.id);
}

/** A session answer: its cookie is a session the server knows, of `email`; a row of sessions more. */
async function sessionStarted(fuzz: FuzzServer, sent: Sent, email: string): Promise<string> {
  expect(sessionSchema.parse(sent.answer).email).toBe(email);
  const cookie = cookieOf(sent.response);
  const reread = await fuzz.send('GET', '/session', undefined, cookie);
  expect(sessionSchema.parse(await reread.json()).email).toBe(email);
  return cookie;
}

const ownerRow = (rows: Rows) => (rows.owner ?? [])[0] as { email: string; password_hash: string } | undefined;
const newSessions = (before: Rows, after: Rows) => (after.sessions ?? []).filter((row) => !(before.sessions ?? []).some((old) => old.id_hash === row.id_hash));
const withoutTables = (rows: Rows, ...tables: string[]) => Object.fromEntries(Object.entries(rows).filter(([table]) => !tables.includes(table)));

/** A connection saved for the route's bodies to name. */
async function savedConnection(fuzz: FuzzServer): Promise<string> {
  const body = JSON.stringify({ name: 'Fuzzed store', authType: 'oauth2', storeHash: 'x7kq2mfa9b', oauthClientId: 'demo-oauth-client', scopes: ['store_v2_orders'] });
  return connectionSchema.parse(await (await fuzz.send('POST', '/connections', body)).json()).id;
}

const tokenOrBasic = fc.oneof(
  fc.record({ authType: fc.constant('token'), accessToken: secretValue, clientId: clientIdValue, storeHash: storeHashValue }),
  fc.record({ authType: fc.constant('basic'), username: clientIdValue, password: secretValue, storeHash: storeHashValue }),
);
const connections = accepted(connectionInputValue, connectionInputSchema);
// Public addresses written as IPs: a name would need DNS, which the test machine does not have.
const webhooks = accepted(
  fc.record(
    {
      url: fc.tuple(fc.constantFrom('93.184.216.34', '151.101.1.140', '[2606:4700::6810:85e5]'), fc.webPath()).map(([host, path]) => `https://${host}${path}`),
      events: fc.subarray([...webhookEventTypes], { minLength: 1 }),
      description: fc.option(nameValue, { nil: null }),
    },
    { requiredKeys: ['url', 'events'] },
  ),
  webhookInputSchema,
);

async function webhookStored(fuzz: FuzzServer, sent: Sent, before: Rows, after: Rows): Promise<void> {
  const expected = webhookInputSchema.parse(sent.body);
  const saved = 'webhook' in (sent.answer as object) ? webhookCreatedSchema.parse(sent.answer).webhook : webhookSchema.parse(sent.answer);
  expect(saved).toMatchObject({ url: expected.url, events: [...new Set(expected.events)], description: expected.description ?? null });
  const list = webhookListSchema.parse(await (await fuzz.send('GET', '/webhooks')).json());
  expect(list.webhooks.find((webhook) => webhook.id === saved.id)).toEqual(saved);
  expectOnlyChanged(before, after, 'webhook_endpoints', 'id', saved.id);
}

/** An endpoint saved for the route's bodies to change. */
async function savedWebhook(fuzz: FuzzServer): Promise<string> {
  const body = JSON.stringify({ url: 'https://93.184.216.34/hooks', events: ['connection.created'] });
  return webhookCreatedSchema.parse(await (await fuzz.send('POST', '/webhooks', body)).json()).webhook.id;
}
const clients = accepted(fc.record({ name: nameValue, clientId: clientIdValue, clientSecret: secretValue }), oauthClientInputSchema);

export const fuzzRoutes: readonly FuzzRoute[] = [
  { title: 'POST /api/connections', method: 'POST', path: '/connections', valid: connections, stored: connectionStored },
  { title: 'PUT /api/connections/:id', method: 'PUT', path: '/connections/:id', valid: connections, prepare: async (fuzz) => ({ id: await savedConnection(fuzz) }), stored: connectionStored },
  {
    title: 'POST /api/connections/test',
    method: 'POST',
    path: '/connections/test',
    valid: tokenOrBasic,
    async stored(_fuzz, sent, before, after) {
      testResponseSchema.parse(sent.answer);
      expect(after, 'a test stores nothing').toEqual(before);
    },
  },
  { title: 'POST /api/oauth-clients', method: 'POST', path: '/oauth-clients', valid: clients, stored: clientStored },
  { title: 'PUT /api/oauth-clients/:id', method: 'PUT', path: '/oauth-clients/:id', valid: clients, prepare: async () => ({ id: 'demo-oauth-client' }), stored: clientStored },
  {
    title: 'POST /api/setup',
    method: 'POST',
    path: '/setup',
    signedOut: true,
    withoutOwner: true,
    // The right token one time in four: each setup that succeeds costs a restart.
    valid: accepted(fc.record({ token: fc.oneof({ weight: 1, arbitrary: fc.constant(placeholders.setupToken) }, { weight: 3, arbitrary: fc.string({ minLength: 1 }) }), email: emailValue, password: passwordValue }), setupInputSchema),
    prepare: async (fuzz) => ({ replacements: { [placeholders.setupToken]: new URL(fuzz.server.running.setupUrl ?? 'http://x').searchParams.get('token') ?? '' } }),
    async stored(fuzz, sent, before, after) {
      const expected = setupInputSchema.parse(sent.body);
      await sessionStarted(fuzz, sent, expected.email);
      expect(ownerRow(after)?.email).toBe(expected.email);
      expect(await verifyPassword(expected.password, ownerRow(after)?.password_hash ?? '')).toBe(true);
      expect(after.settings, 'the setup token is used up').toEqual((before.settings ?? []).filter((row) => row.name !== 'setup_token'));
      expect(newSessions(before, after)).toHaveLength(1);
      expect(withoutTables(after, 'owner', 'sessions', 'settings')).toEqual(withoutTables(before, 'owner', 'sessions', 'settings'));
    },
  },
  {
    title: 'POST /api/session',
    method: 'POST',
    path: '/session',
    signedOut: true,
    valid: fc.oneof(fc.constant({ ...testOwner }), fc.record({ email: emailValue, password: fc.oneof(passwordValue, fc.string({ minLength: 1 })) })),
    async stored(fuzz, sent, before, after) {
      await sessionStarted(fuzz, sent, testOwner.email);
      expect(newSessions(before, after)).toHaveLength(1);
      expect(withoutTables(after, 'sessions')).toEqual(withoutTables(before, 'sessions'));
    },
  },
  {
    title: 'PUT /api/session/password',
    method: 'PUT',
    path: '/session/password',
    valid: fc.record({ currentPassword: fc.oneof(fc.constant(testOwner.password), passwordValue), newPassword: passwordValue }),
    async stored(fuzz, sent, before, after) {
      const { newPassword } = sent.body as { newPassword: string };
      await sessionStarted(fuzz, sent, testOwner.email);
      expect((await fuzz.send('GET', '/session')).status, 'every other session ended').toBe(401);
      expect(await verifyPassword(newPassword, ownerRow(after)?.password_hash ?? '')).toBe(true);
      expect(after.sessions).toEqual(newSessions(before, after));
      expect(withoutTables(after, 'owner', 'sessions')).toEqual(withoutTables(before, 'owner', 'sessions'));
    },
  },
  {
    title: 'POST /api/api-keys',
    method: 'POST',
    path: '/api-keys',
    valid: accepted(
      fc.record({ name: nameValue, connections: fc.oneof(fc.constant('all'), fc.array(fc.constant(placeholders.connectionId), { minLength: 1, maxLength: 3 })), access: fc.constantFrom('read', 'write') }),
      apiKeyInputSchema,
    ),
    prepare: async (fuzz) => ({ replacements: { [placeholders.connectionId]: await savedConnection(fuzz) } }),
    async stored(fuzz, sent, before, after) {
      const expected = apiKeyInputSchema.parse(sent.body);
      const { key } = apiKeyCreatedSchema.parse(sent.answer);
      expect(key).toMatchObject({ name: expected.name, access: expected.access, connections: expected.connections === 'all' ? 'all' : [...new Set(expected.connections)] });
      const list = apiKeyListSchema.parse(await (await fuzz.send('GET', '/api-keys')).json());
      expect(list.keys.find((listed) => listed.id === key.id)).toEqual(key);
      expectOnlyChanged(before, after, 'api_keys', 'id', key.id);
    },
  },
  { title: 'POST /api/webhooks', method: 'POST', path: '/webhooks', valid: webhooks, stored: webhookStored },
  { title: 'PUT /api/webhooks/:id', method: 'PUT', path: '/webhooks/:id', valid: webhooks, prepare: async (fuzz) => ({ id: await savedWebhook(fuzz) }), stored: webhookStored },
];
