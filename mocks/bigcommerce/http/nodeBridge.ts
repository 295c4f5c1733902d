// node:http on one side, the simulator's Web Request/Response handlers on the other. Bodies are
// bounded, and an MSW network error (Response.error()) becomes a dropped connection, which is
// what a caller sees when a host is unreachable mid-request.
import type { IncomingMessage, ServerResponse } from 'node:http';

export const MAX_BODY_BYTES = 64 * 1024;

export class BodyTooLargeError extends Error {
  constructor() {
    super(`The request body is larger than ${MAX_BODY_BYTES} bytes.`);
  }
}

/** The whole body, or BodyTooLargeError as soon as it passes MAX_BODY_BYTES. */
export async function readBody(request: IncomingMessage): Promise<Uint8Array<ArrayBuffer>> {
  if (Number(request.headers['content-length'] ?? 0) > MAX_BODY_BYTES) throw new BodyTooLargeError();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw new BodyTooLargeError();
    chunks.push(buffer);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

// Connection-level headers describe the hop to this server, not the request BigCommerce would see.
const hopByHop = new Set(['host', 'connection', 'keep-alive', 'transfer-encoding', 'content-length', 'upgrade', 'expect', 'proxy-connection', 'te', 'trailer']);

export function toWebRequest(incoming: IncomingMessage, url: string, body: Uint8Array<ArrayBuffer>, signal: AbortSignal): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (value === undefined || hopByHop.has(name)) continue;
    for (const each of Array.isArray(value) ? value : [value]) headers.append(name, each);
  }
  const method = incoming.method ?? 'GET';
  return new Request(url, { method, headers, signal, body: method === 'GET' || method === 'HEAD' ? null : body });
}

/** Status, status text, every header and the body, unchanged; a network error drops the connection. */
export async function writeWebResponse(outgoing: ServerResponse, response: Response): Promise<void> {
  if (response.type === 'error') {
    outgoing.destroy();
    return;
  }
  const body = new Uint8Array(await response.arrayBuffer());
  if (outgoing.destroyed) return;
  for (const [name, value] of response.headers) {
    if (name !== 'set-cookie') outgoing.setHeader(name, value);
  }
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) outgoing.setHeader('set-cookie', cookies);
  outgoing.writeHead(response.status, response.statusText || undefined);
  outgoing.end(body);
}
