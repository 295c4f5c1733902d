// Per-store request quota per fixed window (FACTS §6), with BigCommerce's headers. By default each
// store's plan sets its quota (Plus 150, Pro 450) over BigCommerce's 30-second window;
// setSimulatorQuota() gives every store one quota and window instead (SIMULATOR_QUOTA).
import type { BigCommerceStoreFixture } from '../fixtures/bigcommerce';
import { now } from './clock';

/** BigCommerce's window (X-Rate-Limit-Time-Window-Ms). */
export const WINDOW_MS = 30_000;

/** Requests allowed per window, and the window's length. */
export interface QuotaSetting {
  readonly requests: number;
  readonly windowMs: number;
}

interface QuotaWindow {
  startedAt: number;
  used: number;
}

const windows = new Map<string, QuotaWindow>();
/** The starts of each store's last 1,000 windows, oldest first: for measuring what a run was left. */
const windowStarts = new Map<string, number[]>();
let override: QuotaSetting | undefined;
/** Calls another app has waiting for a store's next window (the neighbour): they go first in it. */
const waitingForWindow = new Map<string, (room: number) => number>();

/**
 * `take(room)` says how many calls another app has waiting for the store's next window, at most
 * `room`: a new window serves them first (they have waited longest). Undefined: none any more.
 */
export function setWaitingForWindow(storeHash: string, take: ((room: number) => number) | undefined): void {
  if (take) waitingForWindow.set(storeHash, take);
  else waitingForWindow.delete(storeHash);
}

/** One quota and window for every store; undefined goes back to each store's plan over 30 s. Starts every window afresh. */
export function setSimulatorQuota(setting: QuotaSetting | undefined): void {
  override = setting;
  windows.clear();
  windowStarts.clear();
}

/** The quota and window a store's calls count against now. */
export function storeQuota(store: Pick<BigCommerceStoreFixture, 'plan'>): QuotaSetting {
  return override ?? { requests: store.plan.requestsPerWindow, windowMs: WINDOW_MS };
}

export interface QuotaDecision {
  readonly allowed: boolean;
  /** X-Rate-Limit-* headers, plus X-Retry-After when the request is refused. */
  readonly headers: Record<string, string>;
}

export function rateLimitHeaders(quota: QuotaSetting, left: number, resetMs: number): Record<string, string> {
  return {
    'X-Rate-Limit-Time-Window-Ms': String(quota.windowMs),
    'X-Rate-Limit-Time-Reset-Ms': String(resetMs),
    'X-Rate-Limit-Requests-Quota': String(quota.requests),
    'X-Rate-Limit-Requests-Left': String(left),
  };
}

/** Counts one request against the store's window; a refused request is not counted. */
export function takeRequest(storeHash: string, quota: QuotaSetting): QuotaDecision {
  const at = now();
  let window = windows.get(storeHash);
  if (!window || at >= window.startedAt + quota.windowMs || at < window.startedAt) {
    window = { startedAt: at, used: 0 };
    // Set first: the calls served from the waiting list count in this window.
    windows.set(storeHash, window);
    const starts = windowStarts.get(storeHash) ?? [];
    starts.push(at);
    if (starts.length > 1000) starts.shift();
    windowStarts.set(storeHash, starts);
    window.used = waitingForWindow.get(storeHash)?.(quota.requests) ?? 0;
  }
  const resetMs = window.startedAt + quota.windowMs - at;
  if (window.used >= quota.requests) {
    return {
      allowed: false,
      headers: { ...rateLimitHeaders(quota, 0, resetMs), 'X-Retry-After': String(Math.ceil(resetMs / 1000)) },
    };
  }
  window.used += 1;
  return { allowed: true, headers: rateLimitHeaders(quota, quota.requests - window.used, resetMs) };
}

/** When the store's current window started (ms, the simulator's clock); undefined before its first call. */
export function windowStartOf(storeHash: string): number | undefined {
  return windows.get(storeHash)?.startedAt;
}

/** The starts of the store's recent windows, oldest first. */
export function recentWindowStarts(storeHash: string): readonly number[] {
  return windowStarts.get(storeHash) ?? [];
}

/** Forgets every window (not the quota setting: that is configuration, like a scenario). */
export function resetQuotas(): void {
  windows.clear();
  windowStarts.clear();
}
