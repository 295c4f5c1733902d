/**
 * Ends the current task and goes on in a new one, after whatever the browser has waiting (input,
 * rendering): long start-up work becomes several short tasks (Lighthouse's Total Blocking Time).
 */
export function nextTask(): Promise<void> {
  const { scheduler } = globalThis as { scheduler?: { yield?: () => Promise<void> } };
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
