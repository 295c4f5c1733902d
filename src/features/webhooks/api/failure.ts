import { HttpError } from '../../../lib/http';
import { describeRequestFailure } from '../../../lib/requestFailure';
import { apiErrorSchema } from '../../connections/schema';

/** A failed request in words, and the messages the API put on fields (422: `url`, `events`, `description`). */
export function webhookRequestFailure(error: unknown): { message: string; fields: Array<{ path: string; message: string }> } {
  const parsed = error instanceof HttpError ? apiErrorSchema.safeParse(error.body) : undefined;
  const body = parsed?.success ? parsed.data.error : undefined;
  return { message: describeRequestFailure(error, body?.message), fields: body?.fields.filter((field) => field.path.length > 0) ?? [] };
}
