import { useCallback, useSyncExternalStore } from 'react';

// One clock per period, shared by every component that reads it: a list of many rows each saying
// "checked … ago" runs one timer, not one per row.
const clocks = new Map<number, { now: number; listeners: Set<() => void>; timer?: ReturnType<typeof setInterval> }>();

function clockOf(everyMs: number) {
  let clock = clocks.get(everyMs);
  if (!clock) {
    clock = { now: Date.now(), listeners: new Set() };
    clocks.set(everyMs, clock);
  }
  return clock;
}

function subscribe(everyMs: number, listener: () => void): () => void {
  const clock = clockOf(everyMs);
  if (clock.listeners.size === 0) {
    clock.now = Date.now();
    clock.timer = setInterval(() => {
      clock.now = Date.now();
      for (const notify of clock.listeners) notify();
    }, everyMs);
  }
  clock.listeners.add(listener);
  return () => {
    clock.listeners.delete(listener);
    if (clock.listeners.size === 0) clearInterval(clock.timer);
  };
}

/** The time, again every `everyMs`: for texts such as "checked 4 minutes ago" that age while shown. */
export function useNow(everyMs: number): number {
  // Stable per period: a new function each render would make React subscribe again each render.
  const subscribeToClock = useCallback((listener: () => void) => subscribe(everyMs, listener), [everyMs]);
  const now = useCallback(() => clockOf(everyMs).now, [everyMs]);
  return useSyncExternalStore(subscribeToClock, now);
}
