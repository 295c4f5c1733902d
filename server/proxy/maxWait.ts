export const DEFAULT_MAX_WAIT_SECONDS = 30;
export const LONGEST_MAX_WAIT_SECONDS = 120;

/** `X-Proxy-Max-Wait`: whole seconds from 0 to 120; 30 when absent. */
export function maxWaitOf(header: string | null): { ok: true; seconds: number } | { ok: false; message: string } {
  if (header === null) return { ok: true, seconds: DEFAULT_MAX_WAIT_SECONDS };
  const text = header.trim();
  const seconds = /^\d{1,3}$/.test(text) ? Number(text) : Number.NaN;
  if (!(seconds <= LONGEST_MAX_WAIT_SECONDS)) {
    return { ok: false, message: `X-Proxy-Max-Wait must be a whole number of seconds from 0 to ${LONGEST_MAX_WAIT_SECONDS} (the default is ${DEFAULT_MAX_WAIT_SECONDS}).` };
  }
  return { ok: true, seconds };
}
