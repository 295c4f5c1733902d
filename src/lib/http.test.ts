import { afterEach, describe, expect, it, vi } from 'vitest';
import { HttpError, onUnauthorized, parseRetryAfter, request } from './http';

const answer = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-11-30T09:00:00Z');
  it.each([
    ['120', 120],
    [' 5 ', 5],
    ['Mon, 30 Nov 2026 09:15:00 GMT', 900],
    ['Mon, 30 Nov 2026 08:00:00 GMT', 0],
    ['soon', null],
    ['', null],
    [null, null],
  ])('%s is %s seconds', (value, seconds) => {
    expect(parseRetryAfter(value, now)).toBe(seconds);
  });
});

describe('request on the server build', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.unstubAllGlobals();
  });

  it('tells the 401 listener, and still fails with the HttpError', async () => {
    vi.stubEnv('MODE', 'server');
    const body = { error: { status: 401, code: 'unauthorized', message: 'Sign in.', fields: [] } };
    vi.stubGlobal('fetch', vi.fn(async () => answer(401, body)));
    const heard = vi.fn();
    const stop = onUnauthorized(heard);
    await expect(request('/api/connections')).rejects.toBeInstanceOf(HttpError);
    expect(heard).toHaveBeenCalledExactlyOnceWith(body);
    stop();
  });

  it('keeps a 401 that came before anyone listened for the first listener', async () => {
    vi.stubEnv('MODE', 'server');
    vi.stubGlobal('fetch', vi.fn(async () => answer(401, { error: { status: 401, code: 'setup_required', message: 'Set up.' } })));
    await expect(request('/api/connections')).rejects.toBeInstanceOf(HttpError);
    const heard = vi.fn();
    const stop = onUnauthorized(heard);
    expect(heard).toHaveBeenCalledExactlyOnceWith(expect.objectContaining({ error: expect.objectContaining({ code: 'setup_required' }) }));
    stop();
    const again = vi.fn();
    onUnauthorized(again)();
    expect(again).not.toHaveBeenCalled();
  });

  it("reads a 429's Retry-After; other statuses do not tell the 401 listener", async () => {
    vi.stubEnv('MODE', 'server');
    vi.stubGlobal('fetch', vi.fn(async () => answer(429, { error: { status: 429, code: 'rate_limited', message: 'Wait.' } }, { 'Retry-After': '840' })));
    const heard = vi.fn();
    const stop = onUnauthorized(heard);
    const error = await request('/api/session', { method: 'POST', body: {} }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(HttpError);
    expect((error as HttpError).retryAfterSeconds).toBe(840);
    expect(heard).not.toHaveBeenCalled();
    stop();
  });

  it('the demo build (no sign-in) tells nobody', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => answer(401, { error: { status: 401, code: 'unauthorized', message: 'x' } }, { 'Retry-After': '5' })));
    const heard = vi.fn();
    const stop = onUnauthorized(heard);
    const error = await request('/api/connections').catch((caught: unknown) => caught);
    expect((error as HttpError).status).toBe(401);
    expect((error as HttpError).retryAfterSeconds).toBeNull();
    expect(heard).not.toHaveBeenCalled();
    stop();
  });
});
