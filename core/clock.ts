let last = 0;

/**
 * The current time as ISO-8601, strictly later than the previous call, so "newest change
 * first" has a single answer even for two saves in the same millisecond.
 */
export function nowIso(): string {
  last = Math.max(Date.now(), last + 1);
  return new Date(last).toISOString();
}
