import type { z } from 'zod/mini';
import { invalidBody, malformedJson } from './errors';

type ParsedBody<T> = { readonly ok: true; readonly data: T } | { readonly ok: false; readonly response: Response };

/** Reads a JSON body and parses it with the contract schema: 400 if it is not JSON, 422 if it breaks the schema. */
export async function parseBody<S extends z.ZodMiniType>(request: Request, schema: S): Promise<ParsedBody<z.output<S>>> {
  let json: unknown;
  try {
    json = JSON.parse(await request.text());
  } catch {
    return { ok: false, response: malformedJson() };
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) return { ok: false, response: invalidBody(parsed.error.issues) };
  return { ok: true, data: parsed.data };
}
