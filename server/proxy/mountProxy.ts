import type { ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { RESPONSE_ALREADY_SENT } from '@hono/node-server/utils/response';
import type { Context } from 'hono';
import { answerHeaders } from '../../core/proxy/headers';
import type { Logger } from '../log';
import type { ServerApp, ServerEnv } from '../http/requestLog';
import type { ProxyContext } from './context';
import { proxyCall, type CallRecord, type ProxyRequest } from './proxyCall';
import type { IncomingBody } from './requestBody';
import type { UpstreamAnswer } from './upstream';

interface NodeBindings {
  readonly incoming?: AsyncIterable<Uint8Array> & { readonly url?: string };
  readonly outgoing?: ServerResponse;
}

/** The call as it came: read from Node's own request where there is one (no web-stream layer). */
function proxyRequestOf(c: Context<ServerEnv>): ProxyRequest {
  const { incoming } = (c.env ?? {}) as NodeBindings;
  const raw = c.req.raw;
  const url = new URL(raw.url);
  const hasBody = raw.method !== 'GET' && raw.method !== 'HEAD';
  const length = raw.headers.get('content-length');
  const body: IncomingBody = {
    contentLength: length === null ? undefined : Number(length),
    chunks: !hasBody ? undefined : incoming ?? (raw.body as AsyncIterable<Uint8Array> | null) ?? undefined,
    // Node's adapter drains (or closes) what the request has left once the 413 is sent.
    drop: () => void (incoming ? undefined : raw.body?.cancel().catch(() => undefined)),
  };
  return { method: raw.method, headers: raw.headers, target: incoming?.url?.startsWith('/') ? incoming.url : `${url.pathname}${url.search}`, body, signal: raw.signal };
}

/** BigCommerce's answer, streamed to the caller as it comes, with backpressure both ways. */
function streamed(c: Context<ServerEnv>, answer: UpstreamAnswer): Response {
  const headers = answerHeaders(answer.headers);
  headers.set('X-Request-Id', c.get('requestId'));
  const bodiless = c.req.method === 'HEAD' || answer.status === 204 || answer.status === 304;
  const { outgoing } = (c.env ?? {}) as NodeBindings;
  if (!outgoing) return new Response(bodiless ? null : (Readable.toWeb(answer.body) as ReadableStream), { status: answer.status, headers });
  outgoing.writeHead(answer.status, Object.fromEntries(headers));
  if (bodiless) {
    answer.body.destroy();
    outgoing.end();
  } else {
    // A caller that goes away ends the call to BigCommerce too.
    pipeline(answer.body, outgoing).catch(() => answer.body.destroy());
  }
  return RESPONSE_ALREADY_SENT;
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
      const answer = await proxyCall(proxy, proxyRequestOf(c), call);
      if (answer.kind === 'refusal') {
        status = answer.response.status;
        return answer.response;
      }
      status = answer.answer.status;
      return streamed(c, answer.answer);
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
