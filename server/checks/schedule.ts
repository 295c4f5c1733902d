/** However long a connection has failed, it is checked at least this often (unless CHECK_INTERVAL is longer). */
export const LONGEST_BACKOFF_MS = 3_600_000;

/**
 * How long until a connection's next check: CHECK_INTERVAL while it works and after its first
 * failure, then twice as long after each further failure, up to an hour; ±10 % so that checks
 * made together drift apart.
 */
export function nextCheckDelay(intervalMs: number, failures: number, random: () => number = Math.random): number {
  const backoff = failures <= 1 ? intervalMs : Math.min(intervalMs * 2 ** (failures - 1), Math.max(intervalMs, LONGEST_BACKOFF_MS));
  return Math.round(backoff * (0.9 + 0.2 * random()));
}
