// An endpoint that receives webhooks in a test: it records each request and answers as told, and
// verifies each signature with the `standardwebhooks` package, as a receiver would.
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { webhookEventBodySchema, type WebhookEventBody } from '../../src/features/connections/schema';

export interface ReceivedWebhook {
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
  readonly event: WebhookEventBody;
}

export interface WebhookReceiver {
  /** http://127.0.0.1:PORT/hooks */
  readonly url: string;
  readonly received: ReceivedWebhook[];
  /** The statuses of the next answers, in turn (then 200); 0 holds that request unanswered until close. */
  answerWith(...statuses: number[]): void;
  /** The events whose signature verifies with `secret`; throws on any that does not. */
  verified(secret: string): WebhookEventBody[];
  close(): Promise<void>;
}

export async function startWebhookReceiver(): Promise<WebhookReceiver> {
  const received: ReceivedWebhook[] = [];
  let statuses: number[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      received.push({ headers: request.headers, body, event: webhookEventBodySchema.parse(JSON.parse(body)) });
      const status = statuses.shift() ?? 200;
      if (status === 0) return;
      response.writeHead(status, { 'Content-Type': 'text/plain' });
      response.end('received');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks`,
    received,
    answerWith: (...next) => void (statuses = next),
    verified(secret) {
      const webhook = new Webhook(secret);
      return received.map(({ headers, body }) => webhookEventBodySchema.parse(webhook.verify(body, headers as Record<string, string>)));
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
