import { useCallback, useEffect, useState } from 'react';

/** Whole seconds left until `deadline` (ms since the epoch), rounded up; never below 0. */
export function secondsLeft(deadline: number, now: number): number {
  return Math.max(0, Math.ceil((deadline - now) / 1000));
}

/** How long to wait before the shown number changes: to the next whole second before the deadline. */
export function msToNextTick(deadline: number, now: number): number {
  const remaining = deadline - now;
  if (remaining <= 0) return 0;
  return remaining % 1000 || 1000;
}

/**
 * A countdown in whole seconds ("Retry in 7 s"): `start(7)` shows 7, then 6 a second later, down
 * to 0. It reads the clock on each tick, so a late timer never makes it drift.
 */
export function useCountdown(): { seconds: number; start: (seconds: number) => void; stop: () => void } {
  const [deadline, setDeadline] = useState<number | null>(null);
  const [seconds, setSeconds] = useState(0);

  const start = useCallback((count: number) => {
    const now = Date.now();
    setDeadline(now + Math.max(0, count) * 1000);
    setSeconds(Math.max(0, Math.ceil(count)));
  }, []);
  const stop = useCallback(() => {
    setDeadline(null);
    setSeconds(0);
  }, []);

  useEffect(() => {
    if (deadline === null) return;
    let timer: ReturnType<typeof setTimeout>;
    const tick = () => {
      const now = Date.now();
      const left = secondsLeft(deadline, now);
      setSeconds(left);
      if (left === 0) {
        setDeadline(null);
        return;
      }
      timer = setTimeout(tick, msToNextTick(deadline, now));
    };
    timer = setTimeout(tick, msToNextTick(deadline, Date.now()));
    return () => clearTimeout(timer);
  }, [deadline]);

  return { seconds, start, stop };
}
