// A receiver of webhooks for the tests: a node:http server on 127.0.0.1 that records each request
// (its body as received and its signature headers) and answers with the status it is told to.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedEvent {
  /** The body exactly as sent: what a signature is checked against. */
  readonly body: string;
  readonly headers: Record<'webhook-id' | 'webhook-timestamp' | 'webhook-signature', string>;
  /** The event's `type`, read from the body. */
  readonly type: string;
}

export interface WebhookReceiver {
  /** http://127.0.0.1:PORT/hooks (the test's server needs WEBHOOKS_ALLOW_PRIVATE=true). */
  readonly url: string;
  readonly received: readonly ReceivedEvent[];
  ofType(type: string): ReceivedEvent[];
  /** The status every next request gets (200 at first). */
  answerWith(status: number): void;
  close(): Promise<void>;
}

export async function startWebhookReceiver(): Promise<WebhookReceiver> {
  const received: ReceivedEvent[] = [];
  let status = 200;
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const header = (name: string) => String(request.headers[name] ?? '');
      const headers = { 'webhook-id': header('webhook-id'), 'webhook-timestamp': header('webhook-timestamp'), 'webhook-signature': header('webhook-signature') };
      received.push({ body, headers, type: (JSON.parse(body) as { type: string }).type });
      response.writeHead(status, { 'Content-Type': 'text/plain' }).end(status < 300 ? 'ok' : 'the receiver is failing on purpose');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks`,
    received,
    ofType: (type) => received.filter((event) => event.type === type),
    answerWith: (next) => {
      status = next;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
