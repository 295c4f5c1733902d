import type { Logger } from '../log';
import type { ServerApp } from '../http/requestLog';
import type { ProxyContext } from './context';
import { proxyCall, type CallRecord } from './proxyCall';

/** The request-target as the client sent it: before any decoding or dot-segment resolution. */
function requestTargetOf(env: unknown, url: string): string {
  const raw = (env as { incoming?: { url?: string } } | undefined)?.incoming?.url;
  if (raw?.startsWith('/')) return raw;
  const parsed = new URL(url);
  return `${parsed.pathname}${parsed.search}`;
}

/**
 * `/proxy/{connectionId}/{v2|v3}/…` for programs with an API key: no session, no origin check, no
 * per-address limit (the key has its own). One log line per call, never the key, the token or the query.
 */
export function mountProxy(app: ServerApp, proxy: ProxyContext, log: Logger): void {
  app.all('/proxy/*', async (c) => {
    const started = performance.now();
    const call: CallRecord = { waitedMs: 0, attempts: 0 };
    let status = 500;
    try {
      const answer = await proxyCall(proxy, c.req.raw, requestTargetOf(c.env, c.req.url), call);
      status = answer.status;
      return answer;
    } finally {
      log.info('proxy_call', {
        request_id: c.get('requestId'),
        key_id: call.keyId,
        connection_id: call.connectionId,
        method: c.req.method,
        path: call.path,
        status,
        duration_ms: Math.round((performance.now() - started) * 10) / 10,
        wait_ms: Math.round(call.waitedMs),
        attempts: call.attempts,
      });
    }
  });
}
