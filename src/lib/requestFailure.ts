import { ContractError, HttpError, NetworkError } from './http';

/**
 * Says in plain words what went wrong with a request, and what to do about it. `apiMessage` is
 * the message of the API's error body, when the caller has read one (a 4xx says it best).
 */
export function describeRequestFailure(error: unknown, apiMessage?: string): string {
  if (error instanceof NetworkError) return 'The server could not be reached. Check your connection and try again.';
  if (error instanceof ContractError) return 'The server sent an answer this page does not understand. Try again; if it keeps happening, the server needs fixing.';
  if (error instanceof HttpError) {
    if (error.status === 503) return 'The service is unavailable at the moment. Wait a minute and try again.';
    if (error.status >= 500) return 'The server ran into a problem. Try again in a moment.';
    if (apiMessage) return apiMessage;
    return `The server refused the request (status ${error.status}). Try again.`;
  }
  return 'Something unexpected went wrong. Try again.';
}
