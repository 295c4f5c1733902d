// A message that appears when a field is left moves what is below it. When the field was left
// by pressing the mouse on another control, that move happens between press and release, so the
// release lands elsewhere and the click is lost. Validation that runs on leaving a field waits
// for the pointer to be released (and the click to be dispatched) before it shows anything.

let pointerDown = false;
let waiting: Array<() => void> = [];
let listening = false;

function listen(): void {
  if (listening || typeof document === 'undefined') return;
  listening = true;
  document.addEventListener('pointerdown', () => (pointerDown = true), true);
  const release = () => {
    pointerDown = false;
    // The click is dispatched in the same task as the release; run after it.
    setTimeout(() => {
      if (pointerDown) return; // pressed again meanwhile: wait for that release
      const ready = waiting;
      waiting = [];
      for (const resolve of ready) resolve();
    }, 0);
  };
  document.addEventListener('pointerup', release, true);
  document.addEventListener('pointercancel', release, true);
}

// Listen from the start: the press that leaves a field comes before any validation asks.
listen();

/** Resolves at once when no pointer is pressed, else once it has been released and its click handled. */
export function pointerSettled(): Promise<void> {
  if (!pointerDown) return Promise.resolve();
  return new Promise((resolve) => waiting.push(resolve));
}

/** Wraps a react-hook-form resolver so its results wait for `pointerSettled()`. */
export function afterPointerSettles<Args extends unknown[], Result>(
  resolver: (...args: Args) => Promise<Result> | Result,
): (...args: Args) => Promise<Result> {
  return async (...args: Args) => {
    const result = await resolver(...args);
    await pointerSettled();
    return result;
  };
}
