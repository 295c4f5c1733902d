import { apiKeySecretPattern, apiKeySecretPrefix } from '../../src/features/connections/schema';
import { sha256Hex } from '../idempotency';

/** `bcw_` and 256 random bits in base64url. */
export function newApiKeySecret(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  const base64 = btoa(String.fromCharCode(...bytes));
  return `${apiKeySecretPrefix}${base64.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`;
}

/** What the key list shows of a secret: enough to tell keys apart, nothing to use. */
export function secretHint(secret: string): string {
  return `${apiKeySecretPrefix}…${secret.slice(-4)}`;
}

export const secretHashOf = (secret: string): Promise<string> => sha256Hex(secret);

/** Compares two strings in time that depends on their length only. */
export function constantTimeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let index = 0; index < a.length; index += 1) difference |= a.charCodeAt(index) ^ b.charCodeAt(index);
  return difference === 0;
}

/** The secret of `Authorization: Bearer bcw_…`, or undefined when the header holds no such thing. */
export function bearerSecret(authorization: string | null | undefined): string | undefined {
  const match = /^Bearer[ ]+(\S+)\s*$/i.exec(authorization ?? '');
  const secret = match?.[1];
  return secret && apiKeySecretPattern.test(secret) ? secret : undefined;
}
