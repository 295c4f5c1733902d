import { createHash } from 'node:crypto';

/**
 * Hex SHA-256 of a text, the same digest as core's `sha256Hex`, computed in the call: WebCrypto's
 * promise costs every signed-in request a trip through the thread pool.
 */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
