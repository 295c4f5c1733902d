import { apiError } from '../../core/http/errors';
import type { ApiErrorCode } from '../../src/features/connections/schema';

export function signInRequired(ownerExists: boolean): Response {
  return ownerExists
    ? apiError(401, 'unauthorized', 'Sign in to continue: your session has ended or you have not signed in.')
    : apiError(401, 'setup_required', 'This server has no owner account yet. Open the setup link the server printed when it started.');
}

export function crossOrigin(): Response {
  return apiError(403, 'forbidden', 'This change did not come from this app’s own pages, so nothing was changed. Open the app at its own address and try again.');
}

export function wrongCredentials(): Response {
  return apiError(401, 'unauthorized', 'That email address and password do not match. Check both and try again.');
}

export function wrongCurrentPassword(): Response {
  const message = 'That is not your current password. Type it again.';
  return apiError(401, 'unauthorized', message, [{ path: 'currentPassword', message }]);
}

export function badSetupToken(): Response {
  return apiError(
    403,
    'forbidden',
    'This setup link does not work: it is wrong, used already, or more than an hour old. Restart the server and open the new link it prints.',
  );
}

export function alreadySetUp(): Response {
  return apiError(409, 'already_set_up', 'The owner account is set up already. Sign in instead.');
}

/** 429 with Retry-After, saying in minutes or seconds when to try again. */
export function tooMany(what: string, retryAfterSeconds: number, code: ApiErrorCode = 'rate_limited'): Response {
  const wait = retryAfterSeconds >= 120 ? `${Math.ceil(retryAfterSeconds / 60)} minutes` : `${retryAfterSeconds} seconds`;
  const response = apiError(429, code, `${what} Try again in ${wait}.`);
  response.headers.set('Retry-After', String(retryAfterSeconds));
  return response;
}
