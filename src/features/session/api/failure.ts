import { HttpError } from '../../../lib/http';
import { describeRequestFailure } from '../../../lib/requestFailure';
import { apiErrorSchema, type ApiErrorCode } from '../../connections/schema';

/** What a failed session request means for a form. */
export interface SessionFailure {
  status?: number;
  code?: ApiErrorCode;
  /** The API's own message, or one for a failure that has none. */
  message: string;
  /** Messages for fields (422, a wrong current password). */
  fields: Array<{ path: string; message: string }>;
  /** A 429's wait, from its Retry-After. */
  retryAfterSeconds: number | null;
}

export function sessionFailure(error: unknown): SessionFailure {
  const parsed = error instanceof HttpError ? apiErrorSchema.safeParse(error.body) : undefined;
  const body = parsed?.success ? parsed.data.error : undefined;
  return {
    status: error instanceof HttpError ? error.status : undefined,
    code: body?.code,
    message: describeRequestFailure(error, body?.message),
    fields: body?.fields.filter((field) => field.path.length > 0) ?? [],
    retryAfterSeconds: error instanceof HttpError ? error.retryAfterSeconds : null,
  };
}
