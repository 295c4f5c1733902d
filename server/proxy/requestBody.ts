import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { finished } from 'node:stream/promises';

export const MAX_PROXY_BODY_BYTES = 10 * 1024 * 1024;
/** Larger bodies wait in a temporary file, not in memory. */
export const IN_MEMORY_BODY_BYTES = 1024 * 1024;

/** A request body read whole before anything is sent, so that a call can be sent again after a 429. */
export interface ReplayableBody {
  readonly size: number;
  /** A fresh copy of the body for one attempt (undefined: no body). */
  open(): RequestInit['body'] | undefined;
  dispose(): Promise<void>;
}

export type BodyResult = { readonly ok: true; readonly body: ReplayableBody } | { readonly ok: false; readonly reason: 'too_large' };

const noBody: ReplayableBody = { size: 0, open: () => undefined, dispose: async () => undefined };

/**
 * Reads the body: up to 1 MB in memory, beyond that into a temporary file, and never more than
 * 10 MB (refused before anything is sent, by its Content-Length or as soon as it passes).
 */
export async function readReplayableBody(request: Request): Promise<BodyResult> {
  if (!request.body) return { ok: true, body: noBody };
  if (Number(request.headers.get('content-length') ?? 0) > MAX_PROXY_BODY_BYTES) {
    await request.body.cancel().catch(() => undefined);
    return { ok: false, reason: 'too_large' };
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  let spool: { dir: string; file: string; stream: WriteStream } | undefined;
  const reader = request.body.getReader();
  try {
    for (let read = await reader.read(); !read.done; read = await reader.read()) {
      size += read.value.byteLength;
      if (size > MAX_PROXY_BODY_BYTES) {
        await reader.cancel().catch(() => undefined);
        if (spool) await discard(spool);
        return { ok: false, reason: 'too_large' };
      }
      if (!spool && size > IN_MEMORY_BODY_BYTES) {
        const dir = await mkdtemp(path.join(tmpdir(), 'proxy-body-'));
        const file = path.join(dir, 'body');
        spool = { dir, file, stream: createWriteStream(file, { mode: 0o600 }) };
        for (const chunk of chunks.splice(0)) await write(spool.stream, chunk);
      }
      if (spool) await write(spool.stream, read.value);
      else chunks.push(read.value);
    }
  } catch (error) {
    if (spool) await discard(spool);
    throw error;
  }
  if (!spool) {
    const whole = Buffer.concat(chunks);
    return { ok: true, body: { size, open: () => (size === 0 ? undefined : whole), dispose: async () => undefined } };
  }
  const { stream, file, dir } = spool;
  stream.end();
  await finished(stream);
  return {
    ok: true,
    body: {
      size,
      open: () => Readable.toWeb(createReadStream(file)) as ReadableStream<Uint8Array>,
      dispose: () => rm(dir, { recursive: true, force: true }),
    },
  };
}

function write(stream: WriteStream, chunk: Uint8Array): Promise<void> {
  return new Promise((resolve, reject) => stream.write(chunk, (error) => (error ? reject(error) : resolve())));
}

async function discard(spool: { dir: string; stream: WriteStream }): Promise<void> {
  spool.stream.destroy();
  await rm(spool.dir, { recursive: true, force: true });
}
