// @vitest-environment node
// API keys: made, listed and revoked by the owner; the secret shown once, kept only as a hash.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { apiErrorSchema, apiKeyListSchema, apiKeySecretPattern, activityPageSchema } from '../../src/features/connections/schema';
import { sha256Hex } from '../../core/idempotency';
import { describeEachDatabase } from '../testing/databases';
import { startFakeBigCommerce, type FakeBigCommerce } from '../testing/fakeBigCommerce';
import { startProxyHarness, type ProxyHarness } from '../testing/proxyHarness';

let bigcommerce: FakeBigCommerce;
beforeEach(async () => {
  bigcommerce = await startFakeBigCommerce();
});
afterEach(async () => {
  await bigcommerce.close();
});

describeEachDatabase('API keys', (database) => {
  let harness: ProxyHarness;
  beforeEach(async () => {
    harness = await startProxyHarness(database(), bigcommerce.url);
  });
  afterEach(async () => {
    await harness.close();
  });
  const send = (method: string, path: string, body?: unknown) => harness.server.send(method, path, { cookie: harness.cookie, ...(body === undefined ? {} : { body }) });

  it('shows the secret once, lists keys without it, and keeps only its hash', async () => {
    const shop = await harness.saveTokenConnection('Shop');
    const { id, secret } = await harness.createKey({ name: '  Nightly export ', connections: [shop], access: 'read' });
    expect(secret).toMatch(apiKeySecretPattern);
    const listed = await send('GET', '/api/api-keys');
    const text = await listed.text();
    expect(text).not.toContain(secret);
    expect(text).not.toContain(await sha256Hex(secret));
    expect(apiKeyListSchema.parse(JSON.parse(text)).keys).toEqual([
      { id, name: 'Nightly export', connections: [shop], access: 'read', hint: `bcw_…${secret.slice(-4)}`, createdAt: expect.any(String), lastUsedAt: null },
    ]);
    const stored = await database().rawContents();
    expect(stored).not.toContain(secret);
    expect(stored).not.toContain(secret.slice(4));
    expect(stored).toContain(await sha256Hex(secret));
  });

  it('makes 256-bit secrets that are never the same twice', async () => {
    const secrets = await Promise.all([1, 2, 3].map((n) => harness.createKey({ name: `Key ${n}`, connections: 'all', access: 'write' })));
    expect(new Set(secrets.map((key) => key.secret)).size).toBe(3);
    for (const { secret } of secrets) expect(Buffer.from(secret.slice(4), 'base64url')).toHaveLength(32);
  });

  it('refuses unknown connections on `connections`, and bad bodies on their fields, saving nothing', async () => {
    const shop = await harness.saveTokenConnection('Shop');
    const unknown = await send('POST', '/api/api-keys', { name: 'K', connections: [shop, 'no-such-connection'], access: 'read' });
    expect(unknown.status).toBe(422);
    expect(apiErrorSchema.parse(await unknown.json()).error.fields.map((field) => field.path)).toEqual(['connections']);
    const bad = await send('POST', '/api/api-keys', { name: ' ', connections: [], access: 'admin' });
    expect(bad.status).toBe(422);
    expect(apiErrorSchema.parse(await bad.json()).error.fields.map((field) => field.path).sort()).toEqual(['access', 'connections', 'name']);
    expect(apiKeyListSchema.parse(await (await send('GET', '/api/api-keys')).json()).keys).toEqual([]);
  });

  it('revokes a key (404 the second time) and logs who made and revoked which key', async () => {
    const { id } = await harness.createKey({ name: 'Temporary', connections: 'all', access: 'write' });
    expect((await send('DELETE', `/api/api-keys/${id}`)).status).toBe(204);
    const again = await send('DELETE', `/api/api-keys/${id}`);
    expect([again.status, apiErrorSchema.parse(await again.json()).error.code]).toEqual([404, 'not_found']);
    const { entries } = activityPageSchema.parse(await (await send('GET', '/api/activity')).json());
    const keyEntries = entries.filter((entry) => entry.subject?.kind === 'apiKey');
    expect(keyEntries.map((entry) => [entry.action, entry.actor, entry.subject?.name])).toEqual([
      ['api_key.revoked', 'owner@example.com', 'Temporary'],
      ['api_key.created', 'owner@example.com', 'Temporary'],
    ]);
    expect(keyEntries[1]?.detail).toBe('Read and write access to all connections.');
  });

  it('is for the signed-in owner only: no session, or a key instead of one, gets 401 on /api', async () => {
    const { secret } = await harness.createKey({ name: 'Program', connections: 'all', access: 'write' });
    const withKey = await harness.server.send('GET', '/api/api-keys', { headers: { Authorization: `Bearer ${secret}` } });
    expect(withKey.status).toBe(401);
    const connections = await harness.server.send('GET', '/api/connections', { headers: { Authorization: `Bearer ${secret}` } });
    expect(connections.status).toBe(401);
    const create = await harness.server.send('POST', '/api/api-keys', { body: { name: 'x', connections: 'all', access: 'read' } });
    expect(create.status).toBe(401);
  });
});
