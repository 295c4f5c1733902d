import { vi } from 'vitest';
import { apiErrorSchema, connectionSchema, oauthClientListSchema, oauthClientSchema } from '../../src/features/connections/schema';
import { idempotencyTtlMs, keyReusedMessage } from '../../core/idempotency';
import { backendDeps, clientInput, connectionCount, sendWithKey, demoClientId, dumpDatabase, secrets, send, setupMockBackend, tokenInput } from './testing';

setupMockBackend();

describe('Idempotency-Key on saves', () => {
  it('answers a repeat of a create with the first answer, replayed, and saves once', async () => {
    const first = await sendWithKey('POST', '/connections', tokenInput(), 'key-1');
    expect(first.status).toBe(201);
    expect(first.headers.get('Idempotent-Replayed')).toBeNull();
    const created = connectionSchema.parse(await first.json());

    const again = await sendWithKey('POST', '/connections', tokenInput(), 'key-1');
    expect(again.status).toBe(201);
    expect(again.headers.get('Idempotent-Replayed')).toBe('true');
    expect(connectionSchema.parse(await again.json())).toEqual(created);
    expect(await connectionCount()).toBe(1);
  });

  it('runs a double click\'s two requests one after the other: one connection, both answers the same', async () => {
    const [a, b] = await Promise.all([
      sendWithKey('POST', '/connections', tokenInput(), 'double'),
      sendWithKey('POST', '/connections', tokenInput(), 'double'),
    ]);
    expect([a.status, b.status]).toEqual([201, 201]);
    expect([a.headers.get('Idempotent-Replayed'), b.headers.get('Idempotent-Replayed')].sort()).toEqual([null, 'true'].sort());
    expect(await a.json()).toEqual(await b.json());
    expect(await connectionCount()).toBe(1);
  });

  it('answers 422 in our error shape when the same key comes with different data', async () => {
    expect((await sendWithKey('POST', '/connections', tokenInput(), 'reused')).status).toBe(201);
    const response = await sendWithKey('POST', '/connections', tokenInput({ name: 'Another name' }), 'reused');
    expect(response.status).toBe(422);
    expect(apiErrorSchema.parse(await response.json()).error).toEqual({ status: 422, code: 'validation_failed', message: keyReusedMessage, fields: [] });
    expect(await connectionCount()).toBe(1);
  });

  it('binds a key to its method and path too', async () => {
    const created = connectionSchema.parse(await (await sendWithKey('POST', '/connections', tokenInput(), 'path-bound')).json());
    const response = await sendWithKey('PUT', `/connections/${created.id}`, tokenInput(), 'path-bound');
    expect(response.status).toBe(422);
  });

  it('stores no refusal either: a 409 is answered afresh', async () => {
    await send('POST', '/connections', tokenInput());
    expect((await sendWithKey('POST', '/connections', tokenInput(), 'refused')).status).toBe(409);
    const again = await sendWithKey('POST', '/connections', tokenInput(), 'refused');
    expect(again.status).toBe(409);
    expect(again.headers.get('Idempotent-Replayed')).toBeNull();
  });

  it('replays updates and OAuth 2.0 client saves the same way', async () => {
    const created = connectionSchema.parse(await (await send('POST', '/connections', tokenInput())).json());
    const put = () => sendWithKey('PUT', `/connections/${created.id}`, tokenInput({ name: 'Renamed' }), 'put-key');
    const firstPut = await put();
    expect(firstPut.status).toBe(200);
    const replayedPut = await put();
    expect(replayedPut.headers.get('Idempotent-Replayed')).toBe('true');
    expect(await replayedPut.json()).toEqual(await firstPut.json());

    const postClient = () => sendWithKey('POST', '/oauth-clients', clientInput({ name: 'Once only' }), 'client-key');
    const client = oauthClientSchema.parse(await (await postClient()).json());
    expect(oauthClientSchema.parse(await (await postClient()).json())).toEqual(client);
    const clients = (await (await send('GET', '/oauth-clients')).json()) as { clients: unknown[] };
    expect(clients.clients).toHaveLength(2);

    const putClient = await sendWithKey('PUT', `/oauth-clients/${demoClientId}`, clientInput(), 'client-put');
    expect(putClient.status).toBe(200);
    expect((await sendWithKey('PUT', `/oauth-clients/${demoClientId}`, clientInput(), 'client-put')).headers.get('Idempotent-Replayed')).toBe('true');
  });

  it('forgets a key after 24 hours', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(new Date('2030-01-01T00:00:00Z'));
      const created = connectionSchema.parse(await (await sendWithKey('POST', '/connections', tokenInput(), 'day-old')).json());
      await send('DELETE', `/connections/${created.id}`);
      vi.setSystemTime(new Date(Date.parse('2030-01-01T00:00:00Z') + idempotencyTtlMs - 1000));
      expect((await sendWithKey('POST', '/connections', tokenInput(), 'day-old')).headers.get('Idempotent-Replayed')).toBe('true');
      vi.setSystemTime(new Date(Date.parse('2030-01-01T00:00:00Z') + idempotencyTtlMs));
      const fresh = await sendWithKey('POST', '/connections', tokenInput(), 'day-old');
      expect(fresh.status).toBe(201);
      expect(fresh.headers.get('Idempotent-Replayed')).toBeNull();
      expect(await connectionCount()).toBe(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('keeps no secret in clear: only the answer (which has none) and a SHA-256 fingerprint', async () => {
    await sendWithKey('POST', '/connections', tokenInput(), 'no-secrets');
    await sendWithKey('POST', '/oauth-clients', clientInput(), 'no-secrets-client');
    const stored = await Promise.all(['no-secrets', 'no-secrets-client'].map((key) => backendDeps().idempotency.find(key, Date.now())));
    for (const result of stored) expect(result?.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    const dump = await dumpDatabase();
    for (const secret of Object.values(secrets)) expect(dump).not.toContain(secret);
  });

  it('a create that committed but whose answer was never stored (the server stopped between): the retry gets the 201, not a second create refused as a name taken', async () => {
    const idempotency = backendDeps().idempotency;
    const store = vi.spyOn(idempotency, 'store').mockRejectedValueOnce(new Error('stopped before the answer was stored'));
    const lost = await sendWithKey('POST', '/connections', tokenInput(), 'lost-answer').catch(() => undefined);
    expect(lost?.ok ?? false).toBe(false);
    expect(store).toHaveBeenCalledTimes(1);
    expect(await connectionCount()).toBe(1);

    const retried = await sendWithKey('POST', '/connections', tokenInput(), 'lost-answer');
    expect(retried.status).toBe(201);
    expect(retried.headers.get('Idempotent-Replayed')).toBe('true');
    const created = connectionSchema.parse(await retried.json());
    expect(created.name).toBe(tokenInput().name);
    // From then on the answer itself is stored: the next retry replays the very same body.
    const again = await sendWithKey('POST', '/connections', tokenInput(), 'lost-answer');
    expect(connectionSchema.parse(await again.json())).toEqual(created);
    expect(await connectionCount()).toBe(1);
    // A different body with that key is still refused.
    expect((await sendWithKey('POST', '/connections', tokenInput({ name: 'Other' }), 'lost-answer')).status).toBe(422);
  });

  it('an OAuth 2.0 client create whose answer was never stored: the retry gets the 201, and there is one client', async () => {
    vi.spyOn(backendDeps().idempotency, 'store').mockRejectedValueOnce(new Error('stopped before the answer was stored'));
    const before = oauthClientListSchema.parse(await (await send('GET', '/oauth-clients')).json()).clients.length;
    await sendWithKey('POST', '/oauth-clients', clientInput({ name: 'Lost answer app' }), 'lost-client').catch(() => undefined);
    const retried = await sendWithKey('POST', '/oauth-clients', clientInput({ name: 'Lost answer app' }), 'lost-client');
    expect(retried.status).toBe(201);
    expect(retried.headers.get('Idempotent-Replayed')).toBe('true');
    expect(oauthClientSchema.parse(await retried.json()).name).toBe('Lost answer app');
    const clients = oauthClientListSchema.parse(await (await send('GET', '/oauth-clients')).json()).clients;
    expect(clients).toHaveLength(before + 1);
  });

  it('refuses a key that is empty or too long with a 400', async () => {
    expect((await sendWithKey('POST', '/connections', tokenInput(), 'x'.repeat(256))).status).toBe(400);
    expect(await connectionCount()).toBe(0);
  });
});
