import type { ApiErrorCode } from '../../src/features/connections/schema';
import { apiError } from '../../core/http/errors';
import { proxiedMethods } from '../../core/proxy/headers';
import type { StoredConnection } from '../../core/ports';

/** The proxy's own answers: the contract's error shape, marked so a caller can tell them from BigCommerce's. */
export function refusal(status: number, code: ApiErrorCode, message: string, retryAfterSeconds?: number): Response {
  const response = apiError(status, code, message);
  response.headers.set('X-Proxy-Error', code);
  if (retryAfterSeconds !== undefined) response.headers.set('Retry-After', String(retryAfterSeconds));
  return response;
}

/** 409: a connection with no token to send; the message says what makes it usable. */
export function unusableConnection(record: StoredConnection): Response {
  const message =
    record.status.state === 'revoked'
      ? `The connection "${record.name}" was uninstalled from its BigCommerce store, which took its token away. Install the app again from the connection's page (Save & authorize).`
      : `The connection "${record.name}" is not authorized yet, so it has no token. Open it and press Save & authorize.`;
  return refusal(409, 'connection_unusable', message);
}

/** 405, with the methods that are sent on. */
export function methodNotAllowed(method: string): Response {
  const allowed = proxiedMethods.join(', ');
  const response = refusal(405, 'method_not_allowed', `The proxy sends on ${allowed} only, not ${method}.`);
  response.headers.set('Allow', allowed);
  return response;
}
