import './zodConfig';
import { z } from 'zod/mini';

/**
 * The one error shape of our API. `fields` paths are dotted form paths ("name", "scopes",
 * "clientSecret") so the panel can put each message on its field.
 */
export const apiErrorCodes = [
  'validation_failed',
  'name_taken',
  'not_found',
  'too_large',
  'rate_limited',
  'internal',
  'unavailable',
  /** 401: no session (server), or a wrong email or password at sign-in. */
  'unauthorized',
  /** 401 before the owner account exists: the app sends the person to /setup. */
  'setup_required',
  /** 403: a change from another origin, or a wrong or used setup token. */
  'forbidden',
  /** 409 on POST /api/setup when the owner account exists. */
  'already_set_up',
  /** 405 from the proxy: a method other than GET, HEAD, POST, PUT, PATCH and DELETE. */
  'method_not_allowed',
  /** 409 from the proxy: the connection is uninstalled or has no token yet. */
  'connection_unusable',
  /** 502 from the proxy: BigCommerce could not be reached. */
  'bad_gateway',
  /** 504 from the proxy: BigCommerce did not answer in time. */
  'timeout',
] as const;

export const apiErrorSchema = z.object({
  error: z.object({
    status: z.int(),
    code: z.enum(apiErrorCodes),
    message: z.string(),
    fields: z._default(z.array(z.object({ path: z.string(), message: z.string() })), []),
  }),
});
export type ApiErrorBody = z.infer<typeof apiErrorSchema>;
export type ApiErrorCode = (typeof apiErrorCodes)[number];

/** Turns zod issues into the API's field list (first message per path). */
export function issuesToFields(issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>) {
  const seen = new Map<string, string>();
  for (const issue of issues) {
    const path = issue.path.map(String).join('.');
    if (!seen.has(path)) seen.set(path, issue.message);
  }
  return [...seen].map(([path, message]) => ({ path, message }));
}

/** 204 has no body: an answer with one breaks the contract. */
export const noContentSchema = z.undefined({ error: 'expected no body (204)' });
