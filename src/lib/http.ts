import type { z } from 'zod/mini';

/** A failed request, with the API's error body when it sent one in our shape. */
export class HttpError extends Error {
  readonly status: number;
  readonly body: unknown;
  /** Seconds to wait, from a `Retry-After` header (429, 503); null without one. */
  readonly retryAfterSeconds: number | null;
  constructor(status: number, message: string, body: unknown, retryAfterSeconds: number | null = null) {
    super(message);
    this.name = 'HttpError';
    this.status = status;
    this.body = body;
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/** `Retry-After` as seconds from `now`: delta-seconds or an HTTP date; null when absent or unreadable. */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | null {
  if (value === null || value.trim() === '') return null;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text);
  const at = Date.parse(text);
  return Number.isNaN(at) ? null : Math.max(0, Math.ceil((at - now) / 1000));
}

/**
 * Who hears a 401 (the server's answer without a session): the session feature, in the server
 * build, which leaves for the sign-in page. Requests still fail as usual, so nothing typed is lost.
 */
type UnauthorizedListener = (body: unknown) => void;
let unauthorizedListener: UnauthorizedListener | null = null;
/** A 401 that came before anyone listened (the listener's chunk loads beside the first requests). */
let unheard: { body: unknown } | null = null;

export function onUnauthorized(listener: UnauthorizedListener): () => void {
  unauthorizedListener = listener;
  const missed = unheard;
  unheard = null;
  if (missed) listener(missed.body);
  return () => {
    if (unauthorizedListener === listener) unauthorizedListener = null;
  };
}

/** The backend answered something that breaks the contract. */
export class ContractError extends Error {
  constructor(url: string, detail: string) {
    super(`The server's answer to ${url} was not understood: ${detail}`);
    this.name = 'ContractError';
  }
}

/** The network failed before any answer arrived. */
export class NetworkError extends Error {
  constructor(cause: unknown) {
    super('The server could not be reached. Check your connection and try again.', { cause });
    this.name = 'NetworkError';
  }
}

let backendReady: Promise<unknown> = Promise.resolve();

/** The embedded mock backend starts in parallel with the first paint; requests wait for it. */
export function setBackendReady(ready: Promise<unknown>): void {
  backendReady = ready;
}

/** Settles when requests may go out (the backend has started, or failed to). */
export function whenRequestsCanStart(): Promise<void> {
  return backendReady.then(
    () => undefined,
    () => undefined,
  );
}

export interface RequestOptions<T> {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  body?: unknown;
  /** The answer's schema, or a promise of it (a schema that loads while the request is under way). */
  schema?: z.ZodMiniType<T> | Promise<z.ZodMiniType<T>>;
  signal?: AbortSignal;
  headers?: Record<string, string>;
}

/** fetch + JSON + zod: every response is parsed at this edge. */
export async function request<T = void>(url: string, options: RequestOptions<T> = {}): Promise<T> {
  await backendReady;
  const { method = 'GET', body, schema, signal, headers } = options;
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      signal,
      headers: { Accept: 'application/json', ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new NetworkError(cause);
  }
  const text = await response.text();
  let json: unknown = undefined;
  if (text) {
    try {
      json = JSON.parse(text);
    } catch {
      if (response.ok) throw new ContractError(url, 'the body is not JSON');
    }
  }
  if (!response.ok) {
    // Sign-in exists on the server only: the demo's build has neither (a constant per build).
    if (import.meta.env.MODE !== 'server') throw new HttpError(response.status, `${method} ${url} failed with ${response.status}`, json);
    if (response.status === 401) {
      if (unauthorizedListener) unauthorizedListener(json);
      else unheard = { body: json };
    }
    throw new HttpError(response.status, `${method} ${url} failed with ${response.status}`, json, parseRetryAfter(response.headers.get('Retry-After')));
  }
  if (!schema) return undefined as T;
  let parser: z.ZodMiniType<T>;
  try {
    parser = await schema;
  } catch (cause) {
    // The schema's chunk did not load: as unreachable as the server itself, and as worth a retry.
    throw new NetworkError(cause);
  }
  const parsed = parser.safeParse(json);
  if (!parsed.success) throw new ContractError(url, parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  return parsed.data;
}
