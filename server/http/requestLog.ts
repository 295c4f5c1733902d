import type { Hono, MiddlewareHandler } from 'hono';
import type { Logger } from '../log';
import { setOnAnswer } from './answerHeaders';

/** `clientAddress`: server/http/clientAddress.ts. */
export type RequestVariables = { requestId: string; clientAddress?: string };
export type ServerEnv = { Variables: RequestVariables };
/** The server's app, as every route module mounts onto it. */
export type ServerApp = Hono<ServerEnv>;

/**
 * Gives each request an id (in the `X-Request-Id` header and the log) and logs one line when it
 * is answered: method, path without its query string (BigCommerce's `code` travels there),
 * status, duration.
 */
export function requestLog(log: Logger): MiddlewareHandler<{ Variables: RequestVariables }> {
  return async (c, next) => {
    const started = performance.now();
    const requestId = crypto.randomUUID();
    c.set('requestId', requestId);
    await next();
    setOnAnswer(c, [['X-Request-Id', requestId]]);
    // A proxied call has its own line (server/proxy/mountProxy.ts).
    if (c.req.path.startsWith('/proxy/')) return;
    log.info('request', {
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      duration_ms: Math.round((performance.now() - started) * 10) / 10,
      request_id: requestId,
    });
  };
}
