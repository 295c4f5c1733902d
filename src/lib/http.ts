import type { z } from 'zod';

/** A failed request, with the API's error body when it sent one in our shape. */
export class HttpError extends Error {
  readonly status: number;
  readonly body: unknown;
  constructor(status: number, message: string, body: unknown) {
    super(message);
    this.name = 'HttpError';
    this.status = status;
    this.body = body;
  }
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
  schema?: z.ZodType<T> | Promise<z.ZodType<T>>;
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
  if (!response.ok) throw new HttpError(response.status, `${method} ${url} failed with ${response.status}`, json);
  if (!schema) return undefined as T;
  let parser: z.ZodType<T>;
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
