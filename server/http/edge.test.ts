// @vitest-environment node
// The HTTP edge: bad input answered in the contract's shape and nothing changed, bounds on every
// request, security headers, the request log, health.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { apiErrorSchema } from '../../src/features/connections/schema';
import { createApp } from '../app';
import { memoryLogger } from '../log';
import { startServerUnderTest, type ServerUnderTest } from '../testing/apiBackend';

let server: ServerUnderTest;
beforeAll(async () => {
  server = await startServerUnderTest('sqlite', () => 2000);
}, 60_000);
afterEach(() => server.clear());
afterAll(() => server.close());

const api = (path: string, init?: RequestInit) => fetch(`${server.url}/api${path}`, { ...init, headers: { ...server.signedIn, ...(init?.headers as Record<string, string>) } });
const json = { 'Content-Type': 'application/json' };
const listCount = async () => ((await (await api('/connections')).json()) as { connections: unknown[] }).connections.length;
const tokenBody = (extra: Record<string, unknown> = {}) => ({
  name: 'Edge test',
  authType: 'token',
  accessToken: 'q4w8e2r6t0y3u7i1o5p9a2s6d0f4g8h',
  clientId: '5k1l8m2n9b4v7c3x6z0a8s1d4f7g2h5',
  storeHash: 'x7kq2mfa9b',
  ...extra,
});

describe('the server edge', () => {
  it('answers a body over 64 kB with 413 in the contract shape, and saves nothing', async () => {
    const response = await api('/connections', { method: 'POST', headers: json, body: JSON.stringify(tokenBody({ padding: 'x'.repeat(70_000) })) });
    expect(response.status).toBe(413);
    expect(apiErrorSchema.parse(await response.json()).error.code).toBe('too_large');
    expect(await listCount()).toBe(0);
  });

  it('answers malformed JSON with 400 and an unknown /api route with 404, both in the contract shape', async () => {
    const malformed = await api('/connections', { method: 'POST', headers: json, body: '{"name": ' });
    expect(malformed.status).toBe(400);
    expect(apiErrorSchema.parse(await malformed.json()).error.code).toBe('validation_failed');
    const unknown = await api('/nothing/here');
    expect(unknown.status).toBe(404);
    expect(apiErrorSchema.parse(await unknown.json()).error.code).toBe('not_found');
    expect((await api('/demo/reset', { method: 'POST' })).status).toBe(404);
  });

  it('answers an unexpected failure with 500, a request id in the body and the log, and no stack trace', async () => {
    const list = vi.spyOn(server.deps.connections, 'page').mockRejectedValueOnce(new Error('disk on fire at /secret/path.ts:12'));
    const response = await api('/connections');
    expect(list).toHaveBeenCalled();
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(text).not.toContain('disk on fire');
    expect(text).not.toMatch(/\.ts:\d+|at \w+ \(/);
    const body = JSON.parse(text) as { error: { code: string; requestId: string; message: string } };
    expect(body.error.code).toBe('internal');
    expect(body.error.message).toContain(body.error.requestId);
    expect(response.headers.get('X-Request-Id')).toBe(body.error.requestId);
    const logged = server.log.lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(logged.find((line) => line.message === 'unhandled_error')).toMatchObject({ request_id: body.error.requestId });
  });

  it('sends the security headers on every answer, letting BigCommerce frame only the callbacks', async () => {
    for (const path of ['/api/connections', '/healthz', '/api/nope', '/oauth/callback', '/oauth/load']) {
      const response = await fetch(`${server.url}${path}`);
      const policy = response.headers.get('Content-Security-Policy') ?? '';
      expect(policy).toContain("script-src 'self'");
      expect(policy).toContain("connect-src 'self'");
      expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
      expect(response.headers.get('Referrer-Policy')).toBe('no-referrer');
      const framed = path.startsWith('/oauth/');
      expect(policy).toContain(framed ? 'frame-ancestors https://*.bigcommerce.com' : "frame-ancestors 'none'");
      expect(response.headers.get('X-Frame-Options')).toBe(framed ? null : 'DENY');
    }
  });

  it('logs one JSON line per request: method, path without the query, status, duration, request id', async () => {
    const before = server.log.lines.length;
    await fetch(`${server.url}/oauth/callback?code=sekr1tc0de&context=stores%2Fx7kq2mfa9b`);
    const lines = server.log.lines.slice(before).map((line) => JSON.parse(line) as Record<string, unknown>);
    const request = lines.find((line) => line.message === 'request');
    expect(request).toMatchObject({ method: 'GET', path: '/oauth/callback', status: 200, request_id: expect.any(String), duration_ms: expect.any(Number) });
    expect(server.log.lines.join('\n')).not.toContain('sekr1tc0de');
  });

  it('answers /healthz 200 while the database answers', async () => {
    const response = await fetch(`${server.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('answers 429 with Retry-After past the rate limit, in the contract shape', async () => {
    const app = createApp({ deps: server.deps, auth: server.running.auth, proxy: server.running.proxy, webhooks: server.running.webhooks, log: memoryLogger(), publicUrl: server.url, loginUrl: server.simulatorUrl, ping: async () => undefined, rateLimitPerMinute: 3 });
    const statuses: number[] = [];
    let last: Response | undefined;
    for (let i = 0; i < 4; i += 1) {
      last = await app.request('/api/connections', { headers: server.signedIn });
      statuses.push(last.status);
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
    expect(Number(last?.headers.get('Retry-After'))).toBeGreaterThan(0);
    expect(apiErrorSchema.parse(await last?.json()).error.code).toBe('rate_limited');
  });

  it('answers /healthz 503 when the database does not answer', async () => {
    const app = createApp({ deps: server.deps, auth: server.running.auth, proxy: server.running.proxy, webhooks: server.running.webhooks, log: memoryLogger(), publicUrl: server.url, loginUrl: server.simulatorUrl, ping: () => Promise.reject(new Error('gone')) });
    const response = await app.request('/healthz');
    expect(response.status).toBe(503);
  });
});
