/** A timer that runs its action once calls have been quiet for a while (a trailing debounce). */
export interface TrailingTimer {
  /** Something changed: run the action `delayMs` after the last of these calls. */
  touch(): void;
  /** Is a run waiting? */
  pending(): boolean;
  /** Runs a waiting action now (and not later). */
  flush(): void;
  /** Forgets a waiting action. */
  cancel(): void;
}

/**
 * One timer per quiet spell, not one per call: `touch` only notes the time, and a timer that fires
 * too early waits out the rest. Clearing and setting a timer on every keystroke cost the draft
 * about 0.2 ms per keystroke at 4x CPU slowdown (docs/decisions/blocking-time.md).
 */
export function createTrailingTimer(action: () => void, delayMs: number, now: () => number = Date.now): TrailingTimer {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let last = 0;
  const fire = () => {
    const rest = last + delayMs - now();
    if (rest > 0) {
      timer = setTimeout(fire, rest);
      return;
    }
    timer = undefined;
    action();
  };
  const cancel = () => {
    clearTimeout(timer);
    timer = undefined;
  };
  return {
    touch() {
      last = now();
      if (timer === undefined) timer = setTimeout(fire, delayMs);
    },
    pending: () => timer !== undefined,
    flush() {
      if (timer === undefined) return;
      cancel();
      action();
    },
    cancel,
  };
}
