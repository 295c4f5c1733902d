// One proxied call, top to bottom (docs/api.md "The proxy"): the key, what it asks for, the
// connection, the key's own limit, the connection's token, the body; then the call, paced by the store's quota
// and sent again where BigCommerce carried nothing out; the connection's status; the answer,
// streamed back. Every refusal before the call happens before anything reaches BigCommerce.
import { keyOpensConnection } from '../../src/features/connections/schema';
import { sha256Hex } from '../sha256';
import { bearerSecret, constantTimeEqual } from '../../core/apiKeys/secret';
import { credentialsOfRecord } from '../../core/connections/checks';
import { statusAfterProxiedCall } from '../../core/connections/proxyStatus';
import { nowIso } from '../../core/clock';
import { proxiedMethods, readMethods, upstreamHeaders } from '../../core/proxy/headers';
import { parseProxyTarget, upstreamUrl } from '../../core/proxy/target';
import type { ProxyContext } from './context';
import { maxWaitOf } from './maxWait';
import { methodNotAllowed, refusal, unusableConnection } from './refusals';
import { readReplayableBody, type IncomingBody } from './requestBody';
import { sendPaced, type Paced } from './sendPaced';
import type { UpstreamAnswer } from './upstream';

/** A proxied call as it came in. */
export interface ProxyRequest {
  readonly method: string;
  readonly headers: Headers;
  /** The request-target as sent (`/proxy/…?…`). */
  readonly target: string;
  readonly body: IncomingBody;
  /** Aborted when the caller goes away. */
  readonly signal: AbortSignal;
}

/** The proxy's own answer, or BigCommerce's, to be streamed to the caller as it comes. */
export type ProxyAnswer = { readonly kind: 'refusal'; readonly response: Response } | { readonly kind: 'bigcommerce'; readonly answer: UpstreamAnswer };

/** What the log line says of a call; filled in as the call goes. */
export interface CallRecord {
  keyId?: string;
  connectionId?: string;
  path?: string;
  waitedMs: number;
  attempts: number;
}

export async function proxyCall(proxy: ProxyContext, request: ProxyRequest, call: CallRecord): Promise<ProxyAnswer> {
  // The key.
  const secret = bearerSecret(request.headers.get('Authorization'));
  if (!secret) return refused(401, 'unauthorized', 'Send an API key as "Authorization: Bearer bcw_…". The server owner creates keys on the API keys page.');
  const secretHash = sha256Hex(secret);
  const key = await proxy.apiKeys.findBySecretHash(secretHash);
  if (!key || !constantTimeEqual(key.secretHash, secretHash)) return refused(401, 'unauthorized', 'This API key is not known: it was revoked, or mistyped. Ask the server owner for a key.');
  call.keyId = key.id;
  if (!proxiedMethods.includes(request.method)) return { kind: 'refusal', response: methodNotAllowed(request.method) };

  // What it asks for, and whether this key may.
  const parsed = parseProxyTarget(request.target);
  if (!parsed.ok) return refused(400, 'validation_failed', parsed.message);
  const { target } = parsed;
  call.connectionId = target.connectionId;
  call.path = target.path;
  if (!keyOpensConnection(key, target.connectionId)) return refused(403, 'forbidden', 'This API key is not for this connection. Use a key made for it, or ask the server owner for one.');
  if (key.access === 'read' && !readMethods.has(request.method)) return refused(403, 'forbidden', `This API key may only read (GET and HEAD), not ${request.method}. Use a key with "Read and write" access.`);
  const maxWait = maxWaitOf(request.headers.get('X-Proxy-Max-Wait'));
  if (!maxWait.ok) return refused(400, 'validation_failed', maxWait.message);

  // The connection, then the key's own limit: a call it refuses counts in that connection's usage.
  const record = await proxy.deps.connections.find(target.connectionId);
  if (!record) return refused(404, 'not_found', `No connection with the ID "${target.connectionId}" exists. It may have been deleted.`);
  const limit = proxy.keyLimit.take(key.id);
  if (!limit.ok) {
    proxy.usage.count({ connectionId: record.id, keyId: key.id, at: Date.now(), waitedMs: 0, absorbed429: 0, passed429: true, error: false });
    return refused(429, 'rate_limited', `This API key made ${proxy.keyLimitPerMinute} calls in the last minute, the most this server allows. Try again in ${limit.retryAfterSeconds} seconds.`, limit.retryAfterSeconds);
  }

  // Its token.
  const credentials = record.status.state === 'revoked' ? undefined : await credentialsOfRecord(proxy.deps, record);
  if (!credentials) return { kind: 'refusal', response: unusableConnection(record) };

  // The body, whole before anything is sent (a call may go twice).
  const body = await readReplayableBody(request.body);
  if (!body.ok) return refused(413, 'too_large', 'The request body is larger than 10 MB. Send fewer records per call.');

  let paced: Paced;
  try {
    paced = await sendPaced(proxy, {
      storeHash: record.storeHash,
      keyId: key.id,
      url: upstreamUrl(proxy.apiUrl, record.storeHash, target),
      method: request.method,
      headers: upstreamHeaders(request.headers, credentials.accessToken),
      body: body.body,
      maxWaitMs: maxWait.seconds * 1000,
      signal: request.signal,
    });
  } finally {
    await body.body.dispose();
  }
  call.waitedMs = paced.waitedMs;
  call.attempts = paced.attempts;

  const answer = answerOf(paced);
  const status = answer.kind === 'refusal' ? answer.response.status : answer.answer.status;
  proxy.usage.count({
    connectionId: record.id,
    keyId: key.id,
    at: Date.now(),
    waitedMs: paced.waitedMs,
    absorbed429: paced.absorbed429,
    // BigCommerce's 429 that could not be waited out, or the proxy's own when the quota would not let the call go in time.
    passed429: status === 429,
    error: status >= 500,
  });
  // The connection's status follows what BigCommerce said of its token.
  if (paced.outcome.kind === 'response') {
    const next = statusAfterProxiedCall(record, paced.outcome.answer.status, nowIso());
    if (next) await proxy.deps.connections.updateChecked(record.id, record.updatedAt, (current) => ({ ...current, status: next }), 'proxy').catch(() => undefined);
  }
  return answer;
}

function refused(...args: Parameters<typeof refusal>): ProxyAnswer {
  return { kind: 'refusal', response: refusal(...args) };
}

function answerOf(paced: Paced): ProxyAnswer {
  const { outcome } = paced;
  switch (outcome.kind) {
    case 'response':
      return { kind: 'bigcommerce', answer: outcome.answer };
    case 'timeout':
      return refused(504, 'timeout', 'BigCommerce did not answer in time. Try again in a moment.');
    case 'network':
      return refused(502, 'bad_gateway', 'BigCommerce could not be reached. Try again in a moment.');
    case 'too_long':
      return refused(429, 'rate_limited', `The store's quota is spent and the call could not go within its wait (X-Proxy-Max-Wait). Try again in ${outcome.retryAfterSeconds} seconds.`, outcome.retryAfterSeconds);
    case 'unavailable':
      return refused(503, 'unavailable', 'The server cannot reach its database right now. Try again in a moment.');
    case 'stopping':
      return refused(503, 'unavailable', 'The server is stopping. Try again in a moment (another server may answer).');
    case 'cancelled':
      // Nobody reads it: the caller has gone.
      return refused(499, 'validation_failed', 'The caller went away.');
  }
}
