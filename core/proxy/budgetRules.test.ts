import { describe, expect, it } from 'vitest';
import {
  observationOf,
  observe,
  PROBE_LEASE_MS,
  RESET_MARGIN_MS,
  reserve,
  reserveBackground,
  retryMsOf,
  unknownBudget,
  type BudgetState,
  type RateHeaders,
} from './budgetRules';

const headers = (left: number, resetMs: number, quota = 50, windowMs = 1000): RateHeaders => ({ quota, left, resetMs, windowMs });

/** Reserves `count` times at `now`; how many were granted, and the state after. */
function reserveMany(state: BudgetState, now: number, count: number) {
  let granted = 0;
  let current = state;
  for (let index = 0; index < count; index += 1) {
    const step = reserve(current, now);
    current = step.state;
    if (step.reservation.granted) granted += 1;
  }
  return { granted, state: current };
}

describe('the budget of a store whose quota is not known yet', () => {
  it('lets one call go to learn it, makes the others wait, and lets the next go if the first learnt nothing', () => {
    const first = reserve(unknownBudget, 1000);
    expect(first.reservation).toEqual({ granted: true });
    const second = reserve(first.state, 1001);
    expect(second.reservation.granted).toBe(false);
    const released = observe(second.state, 1002, { kind: 'silent' });
    expect(reserve(released, 1003).reservation).toEqual({ granted: true });
  });

  it('frees the probe after its lease, for a server that died while probing', () => {
    const probing = reserve(unknownBudget, 1000).state;
    expect(reserve(probing, 1000 + PROBE_LEASE_MS - 1).reservation.granted).toBe(false);
    expect(reserve(probing, 1000 + PROBE_LEASE_MS).reservation.granted).toBe(true);
  });

  it('learns the quota, what is left and the window end from the first answer', () => {
    const probing = reserve(unknownBudget, 1000).state;
    const learnt = observe(probing, 1010, { kind: 'headers', headers: headers(49, 990) });
    expect(learnt).toMatchObject({ quota: 50, windowMs: 1000, left: 49, windowEndsAt: 2000, windowSeen: true });
  });
});

describe('the budget of a store whose quota is known', () => {
  const known: BudgetState = { quota: 50, windowMs: 1000, left: 49, windowEndsAt: 2000, windowSeen: true, probeUntil: 0, backgroundUsed: 0 };

  it('grants what is left, then says to wait until just after the window ends', () => {
    const { granted, state } = reserveMany(known, 1100, 60);
    expect(granted).toBe(49);
    const next = reserve(state, 1500);
    expect(next.reservation).toEqual({ granted: false, waitMs: 2000 + RESET_MARGIN_MS - 1500 });
  });

  it('starts a new window with the whole quota once the old one has ended, its end a guess', () => {
    const spent = reserveMany(known, 1100, 49).state;
    const { granted, state } = reserveMany(spent, 2000 + RESET_MARGIN_MS, 60);
    expect(granted).toBe(50);
    expect(state).toMatchObject({ windowEndsAt: 3000 + RESET_MARGIN_MS, windowSeen: false });
  });

  it('never believes more is left than BigCommerce says: another app took some', () => {
    const state = observe(known, 1200, { kind: 'headers', headers: headers(30, 800) });
    expect(state.left).toBe(30);
    expect(observe(state, 1210, { kind: 'headers', headers: headers(45, 790) }).left).toBe(30);
  });

  it("takes the first answer's end in a window it guessed, then the earliest end answers imply", () => {
    const guessed: BudgetState = { ...known, left: 50, windowEndsAt: 3000, windowSeen: false };
    const told = observe(guessed, 2050, { kind: 'headers', headers: headers(49, 995) });
    expect(told.windowEndsAt).toBe(3045);
    expect(observe(told, 2060, { kind: 'headers', headers: headers(48, 980) }).windowEndsAt).toBe(3040);
    expect(observe(told, 2070, { kind: 'headers', headers: headers(47, 980) }).windowEndsAt).toBe(3045);
  });

  it("moves to BigCommerce's window when an answer shows a later one has begun", () => {
    const state = observe(known, 2005, { kind: 'headers', headers: headers(49, 998) });
    expect(state).toMatchObject({ left: 49, windowEndsAt: 3003 });
  });

  it('takes an answer of this window read late, by more than the tolerance, for this window: nothing more is left', () => {
    const spent = reserveMany(known, 1100, 49).state;
    // Taken by BigCommerce at 1200 with 800 ms to go, read at 1500 (a busy server): it implies 2300.
    const state = observe(spent, 1500, { kind: 'headers', headers: headers(20, 800) });
    expect(state).toMatchObject({ left: 0, windowEndsAt: 2000 });
    expect(reserve(state, 1500).reservation.granted).toBe(false);
  });

  it('ignores a late answer of a window that has already ended', () => {
    const newer: BudgetState = { ...known, left: 40, windowEndsAt: 3000 };
    expect(observe(newer, 2100, { kind: 'headers', headers: headers(2, 0) })).toEqual(newer);
  });

  it('spends the budget until a 429 says it resets, and learns the quota from it', () => {
    const refused = observe({ ...unknownBudget, probeUntil: 5000 }, 1000, { kind: 'refused', retryMs: 700, headers: headers(0, 700, 20) });
    expect(refused).toMatchObject({ quota: 20, left: 0, windowEndsAt: 1700, probeUntil: 0 });
    expect(reserve(refused, 1500).reservation.granted).toBe(false);
    expect(reserve(refused, 1700 + RESET_MARGIN_MS).reservation.granted).toBe(true);
  });
});

describe("reading BigCommerce's headers", () => {
  const rate = { 'X-Rate-Limit-Requests-Quota': '150', 'X-Rate-Limit-Requests-Left': '3', 'X-Rate-Limit-Time-Reset-Ms': '12000', 'X-Rate-Limit-Time-Window-Ms': '30000' };

  it('reads an answer with the four headers, case-blind', () => {
    const lower = Object.fromEntries(Object.entries(rate).map(([name, value]) => [name.toLowerCase(), value]));
    expect(observationOf(200, new Headers(lower))).toEqual({ kind: 'headers', headers: { quota: 150, left: 3, resetMs: 12000, windowMs: 30000 } });
  });

  it('learns nothing from an answer that lacks one, or whose figures do not add up', () => {
    expect(observationOf(200, new Headers({ ...rate, 'X-Rate-Limit-Requests-Left': '' }))).toEqual({ kind: 'silent' });
    expect(observationOf(200, new Headers({ ...rate, 'X-Rate-Limit-Requests-Left': '151' }))).toEqual({ kind: 'silent' });
    expect(observationOf(200, new Headers({ ...rate, 'X-Rate-Limit-Requests-Quota': '-1' }))).toEqual({ kind: 'silent' });
  });

  it("waits after a 429 for the window's reset to the millisecond, else X-Retry-After, else a second", () => {
    expect(retryMsOf(new Headers({ 'X-Retry-After': '7', 'X-Rate-Limit-Time-Reset-Ms': '6120' }))).toBe(6120);
    expect(retryMsOf(new Headers({ 'X-Retry-After': '7' }))).toBe(7000);
    expect(observationOf(429, new Headers())).toEqual({ kind: 'refused', retryMs: 1000 });
  });
});

describe('background checks', () => {
  const known: BudgetState = { quota: 50, windowMs: 1000, left: 50, windowEndsAt: 2000, windowSeen: true, probeUntil: 0, backgroundUsed: 0 };

  it('take at most a fifth of a window, then wait for the next one, where they may take a fifth again', () => {
    let state = known;
    let granted = 0;
    for (let check = 0; check < 10; check += 1) {
      const step = reserveBackground(state, 1100, 2);
      state = step.state;
      if (step.reservation.granted) granted += 2;
    }
    expect(granted).toBe(10);
    expect(state.left).toBe(40);
    expect(reserveBackground(state, 1200, 2).reservation).toEqual({ granted: false, waitMs: 2000 + RESET_MARGIN_MS - 1200 });
    expect(reserveBackground(state, 2000 + RESET_MARGIN_MS, 2)).toMatchObject({ reservation: { granted: true }, state: { backgroundUsed: 2, left: 48 } });
  });

  it("leave the window's last tenth alone, so that a late call never lands beside the next window's fifth", () => {
    expect(reserveBackground(known, 1899, 2).reservation.granted).toBe(true);
    expect(reserveBackground(known, 1901, 2)).toEqual({ state: known, reservation: { granted: false, waitMs: 2000 + RESET_MARGIN_MS - 1901 } });
    expect(reserve(known, 1950).reservation.granted).toBe(true);
  });

  it('take only what callers left: none when the window is spent', () => {
    const spent = { ...known, left: 1 };
    expect(reserveBackground(spent, 1100, 2).reservation.granted).toBe(false);
    expect(reserve(spent, 1100).reservation.granted).toBe(true);
  });
});
