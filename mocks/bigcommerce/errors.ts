// Error bodies as BigCommerce sends them (FACTS §6): v3 is one object, v2 is an array.
import { HttpResponse } from 'msw';

export type ApiVersion = 'v2' | 'v3';

export const ERROR_TYPE_URL = 'https://developer.bigcommerce.com/api-docs/getting-started/api-status-codes';

export interface V3ErrorBody {
  status: number;
  title: string;
  type: string;
  errors: Record<string, string>;
}

export type V2ErrorBody = Array<{ status: number; message: string }>;

type Headers = Record<string, string>;

/** The titles and messages the simulator uses. The scope title is BigCommerce's own wording. */
export const errorText = {
  missingScope: "You don't have a required scope to access the endpoint",
  noCredentials: 'No credentials were supplied in the request.',
  invalidCredentials: 'The supplied credentials are not valid for this store.',
  tooManyRequests: 'Too Many Requests',
  // Documented wordings: v2 NotFound title in store_information.v2.yml, v2 message in orders.v2.oas2.yml.
  notFoundV3: 'The resource at that URL is not found.',
  notFoundV2: 'The requested resource was not found.',
  methodNotAllowed: 'The requested method is not allowed for this resource.',
  unavailable: 'The service is temporarily unavailable. Please try again later.',
  // A real catalog 422 (a field of the wrong type); its `errors` name each field.
  invalidJson: 'JSON data is missing or invalid',
  duplicateProduct: 'The product conflicts with another product.',
} as const;

export function v3Error(status: number, title: string, headers: Headers = {}): Response {
  const body: V3ErrorBody = { status, title, type: ERROR_TYPE_URL, errors: {} };
  return HttpResponse.json(body, { status, headers });
}

export function v2Error(status: number, message: string, headers: Headers = {}): Response {
  const body: V2ErrorBody = [{ status, message }];
  return HttpResponse.json(body, { status, headers });
}

/** An error in the shape of the API version the request was made to. */
export function versionedError(version: ApiVersion, status: number, text: string, headers: Headers = {}): Response {
  return version === 'v2' ? v2Error(status, text, headers) : v3Error(status, text, headers);
}

export function notFound(version: ApiVersion, headers: Headers = {}): Response {
  return version === 'v2' ? v2Error(404, errorText.notFoundV2, headers) : v3Error(404, errorText.notFoundV3, headers);
}

/** The API version named by a request URL: .../stores/{hash}/v2/... or .../v3/... (anything else: v3). */
export function versionOf(url: string): ApiVersion {
  return /\/stores\/[^/]+\/v2(?:\/|$)/.test(new URL(url).pathname) ? 'v2' : 'v3';
}
