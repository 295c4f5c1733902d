// One proxied call, top to bottom (docs/api.md "The proxy"): the key, what it asks for, the key's
// own limit, the connection and its token, the body; then the call, paced by the store's quota
// and sent again where BigCommerce carried nothing out; the connection's status; the answer,
// streamed back. Every refusal before the call happens before anything reaches BigCommerce.
import { keyOpensConnection } from '../../src/features/connections/schema';
import { bearerSecret, constantTimeEqual, secretHashOf } from '../../core/apiKeys/secret';
import { credentialsOfRecord } from '../../core/connections/checks';
import { statusAfterProxiedCall } from '../../core/connections/proxyStatus';
import { nowIso } from '../../core/clock';
import { answerHeaders, readMethods, upstreamHeaders } from '../../core/proxy/headers';
import { parseProxyTarget, upstreamUrl } from '../../core/proxy/target';
import type { ProxyContext } from './context';
import { maxWaitOf } from './maxWait';
import { refusal, unusableConnection } from './refusals';
import { readReplayableBody } from './requestBody';
import { sendPaced, type Paced } from './sendPaced';

/** What the log line says of a call; filled in as the call goes. */
export interface CallRecord {
  keyId?: string;
  connectionId?: string;
  path?: string;
  waitedMs: number;
  attempts: number;
}

export async function proxyCall(proxy: ProxyContext, request: Request, requestTarget: string, call: CallRecord): Promise<Response> {
  // The key.
  const secret = bearerSecret(request.headers.get('Authorization'));
  if (!secret) return refusal(401, 'unauthorized', 'Send an API key as "Authorization: Bearer bcw_…". The server owner creates keys on the API keys page.');
  const secretHash = await secretHashOf(secret);
  const key = await proxy.apiKeys.findBySecretHash(secretHash);
  if (!key || !constantTimeEqual(key.secretHash, secretHash)) return refusal(401, 'unauthorized', 'This API key is not known: it was revoked, or mistyped. Ask the server owner for a key.');
  call.keyId = key.id;

  // What it asks for, and whether this key may.
  const parsed = parseProxyTarget(requestTarget);
  if (!parsed.ok) return refusal(400, 'validation_failed', parsed.message);
  const { target } = parsed;
  call.connectionId = target.connectionId;
  call.path = target.path;
  if (!keyOpensConnection(key, target.connectionId)) return refusal(403, 'forbidden', 'This API key is not for this connection. Use a key made for it, or ask the server owner for one.');
  if (key.access === 'read' && !readMethods.has(request.method)) return refusal(403, 'forbidden', `This API key may only read (GET and HEAD), not ${request.method}. Use a key with "Read and write" access.`);
  const maxWait = maxWaitOf(request.headers.get('X-Proxy-Max-Wait'));
  if (!maxWait.ok) return refusal(400, 'validation_failed', maxWait.message);
  const limit = proxy.keyLimit.take(key.id);
  if (!limit.ok) return refusal(429, 'rate_limited', `This API key made ${proxy.keyLimitPerMinute} calls in the last minute, the most this server allows. Try again in ${limit.retryAfterSeconds} seconds.`, limit.retryAfterSeconds);

  // The connection and its token.
  const record = await proxy.deps.connections.find(target.connectionId);
  if (!record) return refusal(404, 'not_found', `No connection with the ID "${target.connectionId}" exists. It may have been deleted.`);
  const credentials = record.status.state === 'revoked' ? undefined : await credentialsOfRecord(proxy.deps, record);
  if (!credentials) return unusableConnection(record);

  // The body, whole before anything is sent (a call may go twice).
  const body = await readReplayableBody(request);
  if (!body.ok) return refusal(413, 'too_large', 'The request body is larger than 10 MB. Send fewer records per call.');

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
  proxy.usage.count({
    connectionId: record.id,
    keyId: key.id,
    at: Date.now(),
    waitedMs: paced.waitedMs,
    absorbed429: paced.absorbed429,
    passed429: paced.outcome.kind === 'response' && paced.outcome.response.status === 429,
    error: answer.status >= 500,
  });
  // The connection's status follows what BigCommerce said of its token.
  if (paced.outcome.kind === 'response') {
    const next = statusAfterProxiedCall(record, paced.outcome.response.status, nowIso());
    if (next) await proxy.deps.connections.updateChecked(record.id, record.updatedAt, (current) => ({ ...current, status: next })).catch(() => undefined);
  }
  return answer;
}

function answerOf(paced: Paced): Response {
  const { outcome } = paced;
  switch (outcome.kind) {
    case 'response': {
      const { response } = outcome;
      const bodiless = response.status === 204 || response.status === 304 || !response.body;
      return new Response(bodiless ? null : response.body, { status: response.status, headers: answerHeaders(response.headers) });
    }
    case 'timeout':
      return refusal(504, 'timeout', 'BigCommerce did not answer in time. Try again in a moment.');
    case 'network':
      return refusal(502, 'bad_gateway', 'BigCommerce could not be reached. Try again in a moment.');
    case 'too_long':
      return refusal(429, 'rate_limited', `The store's quota is spent and the call could not go within its wait (X-Proxy-Max-Wait). Try again in ${outcome.retryAfterSeconds} seconds.`, outcome.retryAfterSeconds);
    case 'unavailable':
      return refusal(503, 'unavailable', 'The server cannot reach its database right now. Try again in a moment.');
    case 'stopping':
      return refusal(503, 'unavailable', 'The server is stopping. Try again in a moment (another server may answer).');
    case 'cancelled':
      // Nobody reads it: the caller has gone.
      return refusal(499 as 400, 'validation_failed', 'The caller went away.');
  }
}
