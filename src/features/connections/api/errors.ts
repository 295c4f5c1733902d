import { HttpError } from '../../../lib/http';
import { describeRequestFailure } from '../../../lib/requestFailure';
import type { ApiErrorBody } from '../schema';
import { loadedContract } from '../schema/load';

export interface FieldErrorItem {
  /** The dotted form path the message belongs on ("name", "scopes", "clientSecret"). */
  path: string;
  message: string;
}

export interface FailureReport {
  /** Messages to put on fields (400/409/422 with `fields`). */
  fields: FieldErrorItem[];
  /** A message for the whole operation when no field can carry it; null when `fields` say it all. */
  message: string | null;
  /** The status of an HTTP failure, if any. */
  status?: number;
}

/**
 * The body of an HttpError when it is in our API's error shape. The contract is in by then:
 * contractRequest rethrows a failure only after it has loaded.
 */
export function apiErrorOf(error: unknown): ApiErrorBody['error'] | undefined {
  if (!(error instanceof HttpError)) return undefined;
  const parsed = loadedContract()?.apiErrorSchema.safeParse(error.body);
  return parsed?.success ? parsed.data.error : undefined;
}

/** Says in plain words what went wrong with a request, and what to do about it. */
export function describeError(error: unknown): string {
  return describeRequestFailure(error, apiErrorOf(error)?.message);
}

/**
 * Maps a failed save onto the form: a 400/409/422 in our error shape becomes field errors
 * (a 409 without fields lands on "name"); anything else becomes one message for the whole form.
 */
export function toFieldErrors(error: unknown): FailureReport {
  const status = error instanceof HttpError ? error.status : undefined;
  const body = apiErrorOf(error);
  if (body && (body.status === 400 || body.status === 409 || body.status === 422 || status === 400 || status === 409 || status === 422)) {
    const fields = body.fields.filter((field) => field.path.length > 0);
    if (fields.length > 0) return { fields, message: null, status };
    if (body.code === 'name_taken' || status === 409) return { fields: [{ path: 'name', message: body.message }], message: null, status };
    return { fields: [], message: body.message, status };
  }
  return { fields: [], message: describeError(error), status };
}
