import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { timeout } from 'hono/timeout';
import { isPrintableText } from '../../src/features/connections/schema';
import { apiError } from '../../core/http/errors';
import { clientAddress } from './clientAddress';
import type { ServerEnv } from './requestLog';

export const MAX_BODY_BYTES = 64 * 1024;

/** A body over 64 kB: 413 in the contract's shape, before anything reads it. */
export function bodyLimitOf(maxSize = MAX_BODY_BYTES): MiddlewareHandler {
  const limited = bodyLimit({
    maxSize,
    onError: () => apiError(413, 'too_large', `The request body is larger than ${Math.round(maxSize / 1024)} kB. Send only the connection's fields.`),
  });
  // A GET or HEAD has no body to read (@hono/node-server gives it none), and asking for one makes
  // it build a whole undici Request: a fifth of what a GET costs.
  return (c, next) => (c.req.method === 'GET' || c.req.method === 'HEAD' ? next() : limited(c, next));
}

/**
 * A path (once decoded) with a control character or half a surrogate pair names no record: 404
 * before any lookup. PostgreSQL cannot even compare text with a NUL; SQLite would look it up.
 */
export function printablePath(): MiddlewareHandler {
  return async (c, next) => {
    if (!isPrintableText(c.req.path)) return apiError(404, 'not_found', 'Nothing in this API has an address with control characters in it. See docs/api.md.');
    await next();
  };
}

/** A request that takes longer than `ms`: 503 in the contract's shape. */
export function timeLimit(ms: number): MiddlewareHandler {
  return timeout(ms, () => new HTTPException(503, { res: apiError(503, 'unavailable', 'The server took too long to answer. Try again in a moment.') }));
}

/**
 * At most `limit` requests per client address in each window of `windowMs`; then 429 with
 * `Retry-After`. In memory, per server: it bounds one client's burst, not a fleet's total.
 */
export function rateLimit({ limit, windowMs }: { limit: number; windowMs: number }): MiddlewareHandler<ServerEnv> {
  const windows = new Map<string, { start: number; count: number }>();
  return async (c, next) => {
    const now = Date.now();
    const client = clientAddress(c);
    let window = windows.get(client);
    if (!window || now - window.start >= windowMs) {
      if (windows.size > 10_000) windows.clear();
      window = { start: now, count: 0 };
      windows.set(client, window);
    }
    window.count += 1;
    if (window.count > limit) {
      const retryAfter = Math.max(1, Math.ceil((window.start + windowMs - now) / 1000));
      const refused = apiError(429, 'rate_limited', `Too many requests from this address. Try again in ${retryAfter} seconds.`);
      refused.headers.set('Retry-After', String(retryAfter));
      return refused;
    }
    await next();
  };
}
