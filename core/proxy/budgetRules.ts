// A store's quota, as the proxy keeps it (docs/decisions/proxy-quota.md). BigCommerce gives each
// store a number of requests per window, shared by every caller (FACTS §7), and says in every
// answer how many are left and when the window ends. These rules turn that into a budget that
// calls draw from before they are sent, so that a call waits for the next window instead of
// collecting a 429. They are pure: the in-process budget and the PostgreSQL one apply the same
// rules to their own copy of the state, at their own clock.

export interface BudgetState {
  /** Requests per window, and the window, as BigCommerce last said; null until an answer said. */
  readonly quota: number | null;
  readonly windowMs: number | null;
  /** What may still be sent in this window. */
  readonly left: number;
  /** When the window ends (ms, the budget's clock). */
  readonly windowEndsAt: number;
  /** An answer has told this window's end; until then `windowEndsAt` is a guess. */
  readonly windowSeen: boolean;
  /** While the quota is unknown, one call learns it; no other goes before this time. */
  readonly probeUntil: number;
  /** What the server's own background checks took of this window. */
  readonly backgroundUsed: number;
}

export const unknownBudget: BudgetState = { quota: null, windowMs: null, left: 0, windowEndsAt: 0, windowSeen: false, probeUntil: 0, backgroundUsed: 0 };

/** The share of any window the background checks may take (issue 22: 20 %). */
export const BACKGROUND_SHARE = 0.2;

/** BigCommerce's rate-limit headers of one answer (FACTS §6). */
export interface RateHeaders {
  readonly quota: number;
  readonly left: number;
  readonly resetMs: number;
  readonly windowMs: number;
}

export type Reservation = { readonly granted: true } | { readonly granted: false; readonly waitMs: number };

export type Observation =
  /** An answer with the rate-limit headers. */
  | { readonly kind: 'headers'; readonly headers: RateHeaders }
  /** A 429: nothing is left until `retryMs` from now. */
  | { readonly kind: 'refused'; readonly retryMs: number; readonly headers?: RateHeaders }
  /** An answer without the headers, or none: a probe learnt nothing, and the next may go. */
  | { readonly kind: 'silent' };

/** How long a probe may take before another call may try; a server that died mid-probe frees it then. */
export const PROBE_LEASE_MS = 5_000;
/** How often a call waiting on another's probe looks again. */
export const PROBE_POLL_MS = 25;
/** Sent this long after the window's end, not at it. */
export const RESET_MARGIN_MS = 10;

/** Two ends closer than this are the same window (answers arrive a little apart). */
function tolerance(windowMs: number): number {
  return Math.max(100, windowMs * 0.05);
}

/** Takes one request from the budget, or says how long to wait before asking again. */
export function reserve(state: BudgetState, now: number): { state: BudgetState; reservation: Reservation } {
  if (state.quota === null || state.windowMs === null) {
    if (now < state.probeUntil) return { state, reservation: { granted: false, waitMs: Math.min(PROBE_POLL_MS, state.probeUntil - now) } };
    return { state: { ...state, probeUntil: now + PROBE_LEASE_MS }, reservation: { granted: true } };
  }
  const current = currentWindow(state, now);
  if (current.left > 0) return { state: { ...current, left: current.left - 1 }, reservation: { granted: true } };
  return { state: current, reservation: { granted: false, waitMs: untilNextWindow(current, now) } };
}

/** The state in the window that holds `now`: a new one, whole, once the last has ended. */
function currentWindow(state: BudgetState, now: number): BudgetState {
  if (now < state.windowEndsAt + RESET_MARGIN_MS) return state;
  // A new window: its end is a guess until an answer of BigCommerce's tells it.
  return { ...state, left: state.quota ?? 0, windowEndsAt: now + (state.windowMs ?? 0), windowSeen: false, backgroundUsed: 0 };
}

const untilNextWindow = (state: BudgetState, now: number) => Math.max(1, state.windowEndsAt + RESET_MARGIN_MS - now);

/** The end of a window that a background check leaves alone: a tenth of it, at least 100 ms. */
export const backgroundGuardMs = (windowMs: number) => Math.max(100, windowMs * 0.1);

/**
 * Takes `count` requests for a background check: only from what callers have left, and never more
 * than BACKGROUND_SHARE of the window in all, and not in its last tenth. Refused, it says when the next window starts. While
 * the quota is unknown, a check may be the one call that learns it.
 */
export function reserveBackground(state: BudgetState, now: number, count: number): { state: BudgetState; reservation: Reservation } {
  if (state.quota === null) return reserve(state, now);
  const current = currentWindow(state, now);
  const share = Math.floor((current.quota ?? 0) * BACKGROUND_SHARE);
  // Near the window's end a check's calls could reach BigCommerce after it, in the next window,
  // beside that window's own fifth: a check waits for the next window instead.
  const late = now > current.windowEndsAt - backgroundGuardMs(current.windowMs ?? 0);
  if (!late && current.backgroundUsed + count <= share && current.left >= count) {
    return { state: { ...current, left: current.left - count, backgroundUsed: current.backgroundUsed + count }, reservation: { granted: true } };
  }
  return { state: current, reservation: { granted: false, waitMs: untilNextWindow(current, now) } };
}

/**
 * What an answer teaches. The end it implies (`now + resetMs`) is never earlier than the real one:
 * BigCommerce counted the time left when it answered, a little before we read it.
 */
export function observe(state: BudgetState, now: number, observation: Observation): BudgetState {
  if (observation.kind === 'silent') return state.quota === null ? { ...state, probeUntil: 0 } : state;
  const learnt = learn(state, observation.headers);
  if (observation.kind === 'refused') {
    return { ...learnt, left: 0, windowEndsAt: now + observation.retryMs, windowSeen: true, probeUntil: 0 };
  }
  const { headers } = observation;
  const end = now + headers.resetMs;
  if (state.quota === null) return { ...learnt, left: headers.left, windowEndsAt: end, windowSeen: true, probeUntil: 0 };
  const near = Math.abs(end - state.windowEndsAt) <= tolerance(headers.windowMs);
  // An end later than ours by less than half a window is this window's answer read late (a busy
  // server): a later window would end a whole window after this one did, and ours is never early.
  const readLate = end > state.windowEndsAt && end - state.windowEndsAt < headers.windowMs / 2;
  if (!state.windowSeen || near || readLate) {
    // This window: never more left than BigCommerce says (others share the quota), and the
    // earliest end any answer implied.
    const windowEndsAt = state.windowSeen ? Math.min(state.windowEndsAt, end) : end;
    return { ...learnt, left: Math.min(state.left, headers.left), windowEndsAt, windowSeen: true };
  }
  // A later window than ours: BigCommerce's began before we thought.
  if (end > state.windowEndsAt) return { ...learnt, left: headers.left, windowEndsAt: end, windowSeen: true, backgroundUsed: 0 };
  // An earlier end, still to come: ours was too late (a 429's coarse Retry-After). One already past
  // is an answer of a window that has ended, arriving late: it says nothing of this one.
  if (end > now) return { ...learnt, left: Math.min(state.left, headers.left), windowEndsAt: end };
  return state;
}

/**
 * True when an answer only confirms the budget (no less left than it holds, the same window): a
 * shared budget need not write it. Its end may be a few ms earlier; the next write takes that.
 */
export function confirms(state: BudgetState, now: number, observation: Observation): boolean {
  if (observation.kind !== 'headers' || state.quota === null || !state.windowSeen) return false;
  const { headers } = observation;
  return headers.quota === state.quota && headers.left >= state.left && Math.abs(now + headers.resetMs - state.windowEndsAt) <= tolerance(headers.windowMs);
}

function learn(state: BudgetState, headers: RateHeaders | undefined): BudgetState {
  return headers ? { ...state, quota: headers.quota, windowMs: headers.windowMs } : state;
}

function headerInt(headers: Headers, name: string): number | undefined {
  const value = headers.get(name);
  if (value === null || !/^\d{1,12}$/.test(value.trim())) return undefined;
  return Number.parseInt(value, 10);
}

/** The four rate-limit headers, when an answer has them all and they make sense. */
export function rateHeadersOf(headers: Headers): RateHeaders | undefined {
  const quota = headerInt(headers, 'X-Rate-Limit-Requests-Quota');
  const left = headerInt(headers, 'X-Rate-Limit-Requests-Left');
  const resetMs = headerInt(headers, 'X-Rate-Limit-Time-Reset-Ms');
  const windowMs = headerInt(headers, 'X-Rate-Limit-Time-Window-Ms');
  if (quota === undefined || left === undefined || resetMs === undefined || windowMs === undefined) return undefined;
  if (quota < 1 || windowMs < 1 || left > quota) return undefined;
  return { quota, left, resetMs: Math.min(resetMs, windowMs), windowMs };
}

/**
 * How long a 429 asks to wait, in ms: the window's reset to the millisecond when given, else
 * `X-Retry-After` (whole seconds); undefined when neither came (platform load: FACTS §6).
 */
export function retryMsOf(headers: Headers): number | undefined {
  const resetMs = headerInt(headers, 'X-Rate-Limit-Time-Reset-Ms');
  if (resetMs !== undefined) return Math.max(1, resetMs);
  const seconds = headerInt(headers, 'X-Retry-After');
  return seconds === undefined ? undefined : Math.max(1, seconds * 1000);
}

/** What an answer teaches the budget. */
export function observationOf(status: number, headers: Headers): Observation {
  const rate = rateHeadersOf(headers);
  if (status === 429) {
    const retryMs = retryMsOf(headers) ?? 1_000;
    return rate ? { kind: 'refused', retryMs, headers: rate } : { kind: 'refused', retryMs };
  }
  return rate ? { kind: 'headers', headers: rate } : { kind: 'silent' };
}
