import { describe, expect, it } from 'vitest';
import { createBigCommerceClient, type BigCommerceClient } from './client';
import { probeStore, retryAfterOf } from './probe';

const credentials = { kind: 'token', storeHash: 'abc1234', accessToken: 'token', clientId: 'client' } as const;

/** A client whose every call is answered by `answer`, as BigCommerce (or a proxy in front of it) would. */
function clientAnswering(answer: () => Response): BigCommerceClient {
  const real = createBigCommerceClient({ apiUrl: 'https://api.example', loginUrl: 'https://login.example', timeoutMs: () => 1000 });
  return { ...real, call: async () => ({ kind: 'response', response: answer() }) };
}

describe('the 429 wait', () => {
  it('reads X-Retry-After first, then the time left in the window, whatever the case of the header names', () => {
    expect(retryAfterOf(new Response(null, { status: 429, headers: { 'x-retry-after': '7', 'X-Rate-Limit-Time-Reset-Ms': '29000' } }))).toBe(7);
    expect(retryAfterOf(new Response(null, { status: 429, headers: { 'x-rate-limit-time-reset-ms': '12345' } }))).toBe(13);
    expect(retryAfterOf(new Response(null, { status: 429, headers: { 'X-RATE-LIMIT-TIME-RESET-MS': '10' } }))).toBe(1);
    expect(retryAfterOf(new Response(null, { status: 429 }))).toBeUndefined();
  });

  it('becomes the test result: rate_limited with the seconds to wait', async () => {
    const result = await probeStore(clientAnswering(() => new Response('[]', { status: 429, headers: { 'X-Rate-Limit-Time-Reset-Ms': '4200' } })), credentials, new AbortController().signal);
    expect(result).toMatchObject({ ok: false, reason: 'rate_limited', retryAfterSeconds: 5 });
  });
});
