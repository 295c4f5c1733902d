// A stand-in for api.bigcommerce.com that records every request it gets and answers as the test
// says: for proving what the proxy sends, what it sends back, and that a refusal sends nothing.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  readonly method: string;
  /** Path and query as received. */
  readonly url: string;
  readonly headers: IncomingMessage['headers'];
  readonly body: Buffer;
}

export type FakeAnswer = (request: RecordedRequest, response: ServerResponse) => void | Promise<void>;

export interface FakeBigCommerce {
  readonly url: string;
  readonly requests: RecordedRequest[];
  /** What it answers from now on. */
  answer(handler: FakeAnswer): void;
  close(): Promise<void>;
}

/** BigCommerce's rate-limit headers for `left` of `quota` in a window that resets in `resetMs`. */
export function rateLimitHeaders(left: number, { quota = 150, windowMs = 30_000, resetMs = 20_000 } = {}): Record<string, string> {
  return {
    'X-Rate-Limit-Requests-Quota': String(quota),
    'X-Rate-Limit-Requests-Left': String(left),
    'X-Rate-Limit-Time-Reset-Ms': String(resetMs),
    'X-Rate-Limit-Time-Window-Ms': String(windowMs),
  };
}

/** 200 `{ data: [] }` with plenty of quota left. */
export const answerOk: FakeAnswer = (_request, response) => {
  response.writeHead(200, { 'Content-Type': 'application/json', ...rateLimitHeaders(149) });
  response.end(JSON.stringify({ data: [], meta: {} }));
};

/** A store that answers every check (the store's details, then the catalog), with quota to spare. */
export const answerAsStore: FakeAnswer = (request, response) => {
  const body = request.url.endsWith('/v2/store') ? { name: 'Plumtree Outfitters', plan_name: 'Plus' } : { data: {}, meta: {} };
  response.writeHead(200, { 'Content-Type': 'application/json', ...rateLimitHeaders(100_000, { quota: 100_000, windowMs: 30_000, resetMs: 20_000 }) });
  response.end(JSON.stringify(body));
};

export async function startFakeBigCommerce(initial: FakeAnswer = answerOk): Promise<FakeBigCommerce> {
  const requests: RecordedRequest[] = [];
  let handler = initial;
  const server = createServer((incoming, outgoing) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      const request = { method: incoming.method ?? 'GET', url: incoming.url ?? '/', headers: incoming.headers, body: Buffer.concat(chunks) };
      requests.push(request);
      void Promise.resolve(handler(request, outgoing)).catch(() => outgoing.destroy());
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    answer: (next) => void (handler = next),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
