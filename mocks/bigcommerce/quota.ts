// Per-store request quota per fixed 30-second window (FACTS §6), with BigCommerce's headers.
import { now } from './clock';

export const WINDOW_MS = 30_000;

interface QuotaWindow {
  startedAt: number;
  used: number;
}

const windows = new Map<string, QuotaWindow>();

export interface QuotaDecision {
  readonly allowed: boolean;
  /** X-Rate-Limit-* headers, plus X-Retry-After when the request is refused. */
  readonly headers: Record<string, string>;
}

export function rateLimitHeaders(quota: number, left: number, resetMs: number): Record<string, string> {
  return {
    'X-Rate-Limit-Time-Window-Ms': String(WINDOW_MS),
    'X-Rate-Limit-Time-Reset-Ms': String(resetMs),
    'X-Rate-Limit-Requests-Quota': String(quota),
    'X-Rate-Limit-Requests-Left': String(left),
  };
}

/** Counts one request against the store's window; a refused request is not counted. */
export function takeRequest(storeHash: string, quota: number): QuotaDecision {
  const at = now();
  let window = windows.get(storeHash);
  if (!window || at >= window.startedAt + WINDOW_MS || at < window.startedAt) {
    window = { startedAt: at, used: 0 };
    windows.set(storeHash, window);
  }
  const resetMs = window.startedAt + WINDOW_MS - at;
  if (window.used >= quota) {
    return {
      allowed: false,
      headers: { ...rateLimitHeaders(quota, 0, resetMs), 'X-Retry-After': String(Math.ceil(resetMs / 1000)) },
    };
  }
  window.used += 1;
  return { allowed: true, headers: rateLimitHeaders(quota, quota - window.used, resetMs) };
}

export function resetQuotas(): void {
  windows.clear();
}
