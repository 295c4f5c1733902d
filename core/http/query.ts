import type { z } from 'zod/mini';
import { issuesToFields } from '../../src/features/connections/schema';
import { apiError } from './errors';

type ParsedQuery<T> = { readonly ok: true; readonly data: T } | { readonly ok: false; readonly response: Response };

/** 422 naming each query parameter at fault (its name alone: `status`, not `status.1`). */
export function invalidQuery(fields: { path: string; message: string }[]): Response {
  const count = fields.length === 1 ? 'One query parameter needs' : `${fields.length} query parameters need`;
  return apiError(422, 'validation_failed', `${count} attention.`, fields);
}

/**
 * Parses a request's query string with a contract schema: 422 when it breaks the schema or gives a
 * parameter twice (which value was meant cannot be known).
 */
export function parseQuery<S extends z.ZodMiniType>(request: Request, schema: S): ParsedQuery<z.output<S>> {
  const params = new URL(request.url).searchParams;
  const values = new Map<string, string>();
  const repeated: { path: string; message: string }[] = [];
  for (const [key, value] of params) {
    if (!values.has(key)) values.set(key, value);
    else if (!repeated.some((field) => field.path === key)) repeated.push({ path: key, message: `Give ${key} once.` });
  }
  if (repeated.length > 0) return { ok: false, response: invalidQuery(repeated) };
  // fromEntries, not assignment: a key such as __proto__ stays a plain key.
  const parsed = schema.safeParse(Object.fromEntries(values));
  if (!parsed.success) {
    const fields = issuesToFields(parsed.error.issues.map((issue) => ({ ...issue, path: issue.path.slice(0, 1) })));
    return { ok: false, response: invalidQuery(fields) };
  }
  return { ok: true, data: parsed.data };
}
