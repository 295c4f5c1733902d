import {
  issuesToFields,
  messages,
  type ApiErrorBody,
  type ApiErrorCode,
} from '../../src/features/connections/schema';
import './englishIssues';
import { json } from './json';

type FieldError = ApiErrorBody['error']['fields'][number];
type Issues = Parameters<typeof issuesToFields>[0];

/** Every error our API sends has this one shape (docs/api.md, `apiErrorSchema`). */
export function apiError(status: number, code: ApiErrorCode, message: string, fields: FieldError[] = []): Response {
  const body: ApiErrorBody = { error: { status, code, message, fields } };
  return json(body, { status });
}

export function malformedJson(): Response {
  return apiError(400, 'validation_failed', 'The request body is not valid JSON. Send the fields as one JSON object.');
}

export function invalidBody(issues: Issues): Response {
  const fields = issuesToFields(issues);
  const count = fields.length === 1 ? 'One field needs' : `${fields.length} fields need`;
  return apiError(422, 'validation_failed', `${count} attention before this can be saved.`, fields);
}

export function unknownField(path: string, message: string): Response {
  return apiError(422, 'validation_failed', message, [{ path, message }]);
}

export function unknownOAuthClient(): Response {
  return unknownField('oauthClientId', messages.oauthClientUnknown);
}

export function nameTaken(name: string): Response {
  const message = messages.nameTaken(name);
  return apiError(409, 'name_taken', message, [{ path: 'name', message }]);
}

export function notFound(what: 'connection' | 'OAuth 2.0 client', id: string): Response {
  return apiError(404, 'not_found', `No ${what} with the ID "${id}" exists. It may have been deleted.`);
}

export function internalError(): Response {
  return apiError(500, 'internal', 'Something went wrong on our side. Try again in a moment.');
}

export function unavailable(): Response {
  return apiError(503, 'unavailable', 'The service is unavailable right now. Try again in a moment.');
}
