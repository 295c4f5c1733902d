/**
 * The header that makes a save safe to repeat (docs/api.md, "Saving twice"): the backend answers a
 * repeat of the same request with the same key with the first answer instead of saving again.
 */
export const idempotencyKeyHeader = 'Idempotency-Key';

/** The request headers for a save with `key`; none without one. */
export function idempotencyHeaders(key: string | undefined): Record<string, string> | undefined {
  return key ? { [idempotencyKeyHeader]: key } : undefined;
}
