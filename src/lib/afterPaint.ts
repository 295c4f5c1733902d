/**
 * Runs `callback` once the browser has painted the next frame: in a task queued from the frame
 * after it, because a frame reaches the screen some milliseconds after its requestAnimationFrame
 * callbacks have run. Returns a cancel function.
 * For work the first paint does not need: started earlier, its downloads share the network
 * and the main thread with what the person is waiting to see.
 */
export function afterNextPaint(callback: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let frame = requestAnimationFrame(() => {
    frame = requestAnimationFrame(() => {
      timer = setTimeout(callback, 0);
    });
  });
  return () => {
    cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
  };
}

const firstContentfulPaint = 'first-contentful-paint';

/**
 * Like afterNextPaint, but on a page's first load it waits for the browser to report the first
 * contentful paint: the first frames can take far longer to reach the screen than the frames that
 * follow. Later (a navigation inside the app), the next paint is enough.
 */
export function afterFirstContentfulPaint(callback: () => void): () => void {
  const painted = typeof PerformanceObserver === 'undefined' || performance.getEntriesByName(firstContentfulPaint).length > 0;
  if (painted || !PerformanceObserver.supportedEntryTypes.includes('paint')) return afterNextPaint(callback);
  let cancelNext: (() => void) | undefined;
  const observer = new PerformanceObserver((list) => {
    if (!list.getEntriesByName(firstContentfulPaint).length) return;
    observer.disconnect();
    cancelNext = afterNextPaint(callback);
  });
  observer.observe({ type: 'paint', buffered: true });
  return () => {
    observer.disconnect();
    cancelNext?.();
  };
}
