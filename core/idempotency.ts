import { savedStatus, type IdempotencyClaim, type IdempotencyRepository, type StoredIdempotentResult } from './ports';
import { apiError } from './http/errors';

// Saving is idempotent (docs/api.md): a request sent again with the same `Idempotency-Key` (a
// retry after a lost answer, a double click) gets the first answer instead of a second record.

export const idempotencyKeyHeader = 'Idempotency-Key';
export const replayedHeader = 'Idempotent-Replayed';
/** How long a key is remembered. */
export const idempotencyTtlMs = 24 * 60 * 60 * 1000;

export const keyReusedMessage = 'This request reuses an idempotency key with different data. Reload the page and save again.';

const validKey = /^[\x21-\x7e]{1,255}$/;

/** Hex SHA-256 of a text: what is kept instead of a value that must not be stored. */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * The fingerprint of a request: SHA-256 of the key, method, path and body. The body may hold a
 * secret, so only this hash is kept, never the body; the key makes the hash of the same body
 * differ from one save to the next.
 */
export function requestFingerprint(key: string, method: string, path: string, body: string): Promise<string> {
  return sha256Hex([key, method.toUpperCase(), path, body].join('\n'));
}

// Requests with the same key run one after the other, so a double click's second request waits
// for the first one's answer and replays it.
const queues = new Map<string, Promise<void>>();

async function oneAtATime<T>(key: string, task: () => Promise<T>): Promise<T> {
  const previous = queues.get(key) ?? Promise.resolve();
  const run = previous.then(task);
  const settled = run.then(
    () => undefined,
    () => undefined,
  );
  queues.set(key, settled);
  try {
    return await run;
  } finally {
    if (queues.get(key) === settled) queues.delete(key);
  }
}

function replay(result: Pick<StoredIdempotentResult, 'body' | 'status'>): Response {
  return new Response(result.body, {
    status: result.status,
    headers: { 'Content-Type': 'application/json', [replayedHeader]: 'true' },
  });
}

export type RequestHandler = (request: Request) => Promise<Response>;
/** Answers a retry whose save committed but whose answer was never stored: from the record saved. */
export type ResumeHandler = (savedId: string) => Promise<Response>;

const claims = new WeakMap<Request, IdempotencyClaim>();

/**
 * The claim a create stores in its own transaction (`ConnectionRepository.insert`): a server that
 * dies after the commit and before the answer is stored leaves it, and the retry finds it.
 */
export const idempotencyClaimOf = (request: Request): IdempotencyClaim | undefined => claims.get(request);

/**
 * Wraps a saving handler (POST/PUT). Without the header it runs as before. With it, the first
 * completed answer (2xx) is stored under the key; a repeat with the same method, path and body
 * gets that answer again (with `Idempotent-Replayed: true`), a repeat with different data a 422.
 * An answer that is not a success (a 4xx, a 5xx, a lost connection) is not stored: nothing was
 * saved, so the next try with the same key runs afresh. A create records its claim with the record
 * it saves: when the answer was lost after that commit, the next try gets `resume`'s answer, made
 * from the saved record, instead of a second create (which would be refused as a name taken).
 */
export async function idempotent(repository: IdempotencyRepository, request: Request, handle: RequestHandler, resume?: ResumeHandler): Promise<Response> {
  const key = request.headers.get(idempotencyKeyHeader);
  if (key === null) return handle(request);
  if (!validKey.test(key)) {
    return apiError(400, 'validation_failed', `The ${idempotencyKeyHeader} header must be 1 to 255 visible characters without spaces.`);
  }
  const body = await request.clone().text();
  const fingerprint = await requestFingerprint(key, request.method, new URL(request.url).pathname, body);
  return oneAtATime(key, async () => {
    const stored = await repository.find(key, Date.now());
    if (stored && stored.fingerprint !== fingerprint) return apiError(422, 'validation_failed', keyReusedMessage);
    if (stored && stored.status !== savedStatus) return replay(stored);
    const startedAt = Date.now();
    claims.set(request, { key, fingerprint, storedAt: startedAt, expiresAt: startedAt + idempotencyTtlMs });
    const response = stored && resume ? await resume(stored.body) : await handle(request);
    if (response.ok) {
      const storedAt = Date.now();
      const body = await response.clone().text();
      await repository.store({ key, fingerprint, status: response.status, body, storedAt, expiresAt: storedAt + idempotencyTtlMs });
      if (stored) return replay({ body, status: response.status });
    }
    return response;
  });
}
