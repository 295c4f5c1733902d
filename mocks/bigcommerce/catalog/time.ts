/** BigCommerce's v3 date-time: ISO 8601 to the second, "+00:00" for UTC. */
export function v3DateTime(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, '+00:00');
}

/** BigCommerce's v2 date-time: RFC 2822, such as "Wed, 10 Jan 2018 21:05:30 +0000". */
export function v2DateTime(ms: number): string {
  return new Date(ms).toUTCString().replace('GMT', '+0000');
}

export const DAY_MS = 86_400_000;
