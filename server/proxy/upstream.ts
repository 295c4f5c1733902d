// One attempt of a proxied call: a plain node:http(s) request to BigCommerce over kept-alive
// connections, its answer's body a Node stream passed on as it comes (never decoded, never held).
// Bounded in time until the answer begins, and after that by silence: an answer that stops
// flowing for as long is cut.
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

export interface UpstreamAnswer {
  readonly status: number;
  readonly headers: Headers;
  readonly body: Readable;
}

export type UpstreamOutcome =
  | { readonly kind: 'response'; readonly answer: UpstreamAnswer }
  /** No answer within the time limit. */
  | { readonly kind: 'timeout' }
  /** BigCommerce could not be reached, or dropped the connection. */
  | { readonly kind: 'network' }
  /** The caller went away. */
  | { readonly kind: 'cancelled' };

export interface UpstreamRequest {
  readonly url: string;
  readonly method: string;
  readonly headers: Headers;
  readonly body: Buffer | Readable | undefined;
}

const agents = {
  'http:': new http.Agent({ keepAlive: true, maxSockets: 256 }),
  'https:': new https.Agent({ keepAlive: true, maxSockets: 256 }),
};

/** A node:http answer's headers as web Headers (a repeated header joined, as fetch does). */
export function webHeaders(incoming: IncomingMessage['headers']): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming)) {
    if (value === undefined) continue;
    for (const each of Array.isArray(value) ? value : [value]) headers.append(name, each);
  }
  return headers;
}

export function callUpstream(request: UpstreamRequest, timeoutMs: number, callerSignal: AbortSignal): Promise<UpstreamOutcome> {
  return new Promise((resolve) => {
    if (callerSignal.aborted) return resolve({ kind: 'cancelled' });
    const url = new URL(request.url);
    const transport = url.protocol === 'https:' ? https : http;
    const headers: Record<string, string> = Object.fromEntries(request.headers);
    if (Buffer.isBuffer(request.body)) headers['content-length'] = String(request.body.length);
    let timedOut = false;
    let settled = false;
    const settle = (outcome: UpstreamOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      callerSignal.removeEventListener('abort', onCallerGone);
      resolve(outcome);
    };
    const sent = transport.request(url, { method: request.method, headers, agent: agents[url.protocol as 'http:' | 'https:'] }, (response) => {
      // From now on the caller's going away ends the answer's stream, not this promise.
      response.setTimeout(timeoutMs, () => response.destroy(new Error('BigCommerce stopped sending the answer.')));
      settle({ kind: 'response', answer: { status: response.statusCode ?? 502, headers: webHeaders(response.headers), body: response } });
    });
    const timer = setTimeout(() => {
      timedOut = true;
      sent.destroy();
    }, timeoutMs);
    const onCallerGone = () => sent.destroy();
    callerSignal.addEventListener('abort', onCallerGone, { once: true });
    sent.on('error', () => settle(callerSignal.aborted ? { kind: 'cancelled' } : timedOut ? { kind: 'timeout' } : { kind: 'network' }));
    if (request.body instanceof Readable) pipeline(request.body, sent).catch(() => sent.destroy());
    else sent.end(request.body);
  });
}

/** A small answer read whole (a 429's line of JSON), to hold while the call waits to go again. */
export async function held(answer: UpstreamAnswer): Promise<UpstreamAnswer> {
  const chunks: Buffer[] = [];
  try {
    for await (const chunk of answer.body) chunks.push(chunk as Buffer);
  } catch {
    // What arrived is what is passed on.
  }
  return { ...answer, body: Readable.from([Buffer.concat(chunks)]) };
}

/** Reads nothing more of an answer that is not passed on; its connection is not reused. */
export function discard(answer: UpstreamAnswer): void {
  answer.body.destroy();
}
