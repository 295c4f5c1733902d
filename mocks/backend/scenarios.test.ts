import { apiErrorSchema, connectionListSchema, oauthClientSchema } from '../../src/features/connections/schema';
import { clearScenarios, setScenario, slowResponseMs, type ScenarioOperation } from './scenarios';
import { clientInput, demoClientId, send, tokenInput, tokenTestInput, setupMockBackend } from './testing';

setupMockBackend();

const requestOf: Record<ScenarioOperation, () => Promise<Response>> = {
  'connections.list': () => send('GET', '/connections'),
  'connections.get': () => send('GET', '/connections/any-id'),
  'connections.create': () => send('POST', '/connections', tokenInput()),
  'connections.update': () => send('PUT', '/connections/any-id', tokenInput()),
  'connections.delete': () => send('DELETE', '/connections/any-id'),
  'connections.test': () => send('POST', '/connections/test', tokenTestInput()),
  'connections.authorize': () => send('POST', '/connections/any-id/authorize'),
  'oauthClients.list': () => send('GET', '/oauth-clients'),
  'oauthClients.create': () => send('POST', '/oauth-clients', clientInput()),
  'oauthClients.update': () => send('PUT', `/oauth-clients/${demoClientId}`, clientInput()),
};

async function errorOf(response: Response) {
  return apiErrorSchema.parse(await response.json()).error;
}

describe('failure scenarios', () => {
  it.each(Object.keys(requestOf) as ScenarioOperation[])('%s answers 500 in our error shape under server-error', async (operation) => {
    setScenario(operation, 'server-error');
    const response = await requestOf[operation]();
    expect(response.status).toBe(500);
    expect(await errorOf(response)).toMatchObject({ status: 500, code: 'internal' });
  });

  it('unavailable answers 503 in our error shape', async () => {
    setScenario('connections.create', 'unavailable');
    const response = await requestOf['connections.create']();
    expect(response.status).toBe(503);
    expect(await errorOf(response)).toMatchObject({ status: 503, code: 'unavailable' });
    expect(connectionListSchema.parse(await (await send('GET', '/connections')).json()).connections).toEqual([]);
  });

  it('network-error makes fetch reject', async () => {
    setScenario('oauthClients.list', 'network-error');
    await expect(requestOf['oauthClients.list']()).rejects.toThrow(TypeError);
  });

  it('malformed-json answers 200 with a JSON content type and a body that does not parse', async () => {
    setScenario('connections.list', 'malformed-json');
    const response = await requestOf['connections.list']();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/json');
    const text = await response.text();
    expect(text).toBe('{"connections": [');
    expect(() => JSON.parse(text)).toThrow(SyntaxError);
  });

  it('contract-violation answers 200 with JSON that breaks the response schema', async () => {
    setScenario('oauthClients.create', 'contract-violation');
    const response = await requestOf['oauthClients.create']();
    expect(response.status).toBe(200);
    const json: unknown = await response.json();
    expect(json).toEqual({ unexpected: true });
    expect(oauthClientSchema.safeParse(json).success).toBe(false);
  });

  it('slow waits before answering normally', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      setScenario('connections.list', 'slow');
      let settled = false;
      const pending = requestOf['connections.list']().finally(() => {
        settled = true;
      });
      await vi.waitFor(() => expect(vi.getTimerCount()).toBeGreaterThan(0));
      await vi.advanceTimersByTimeAsync(slowResponseMs - 100);
      expect(settled).toBe(false);
      await vi.advanceTimersByTimeAsync(100);
      const response = await pending;
      expect(response.status).toBe(200);
      expect(connectionListSchema.parse(await response.json()).connections).toEqual([]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('applies once when asked, so a retry succeeds', async () => {
    setScenario('connections.create', 'server-error', { once: true });
    expect((await requestOf['connections.create']()).status).toBe(500);
    expect((await requestOf['connections.create']()).status).toBe(201);
  });

  it('applies a given number of times', async () => {
    setScenario('oauthClients.list', 'unavailable', { times: 2 });
    expect((await requestOf['oauthClients.list']()).status).toBe(503);
    expect((await requestOf['oauthClients.list']()).status).toBe(503);
    expect((await requestOf['oauthClients.list']()).status).toBe(200);
  });

  it('applies until lifted with null or cleared, and only to its operation', async () => {
    setScenario('connections.list', 'server-error');
    setScenario('oauthClients.list', 'server-error');
    expect((await requestOf['connections.list']()).status).toBe(500);
    expect((await requestOf['connections.list']()).status).toBe(500);
    expect((await requestOf['connections.create']()).status).toBe(201);
    setScenario('connections.list', null);
    expect((await requestOf['connections.list']()).status).toBe(200);
    expect((await requestOf['oauthClients.list']()).status).toBe(500);
    clearScenarios();
    expect((await requestOf['oauthClients.list']()).status).toBe(200);
  });

  it('rejects an unknown operation, failure or count', () => {
    expect(() => setScenario('connections.patch' as ScenarioOperation, 'slow')).toThrow(/Unknown scenario operation/);
    expect(() => setScenario('connections.list', 'teapot' as 'slow')).toThrow(/Unknown scenario failure/);
    expect(() => setScenario('connections.list', 'slow', { times: 0 })).toThrow(/at least once/);
  });
});
