/**
 * Process housekeeping: every resource the benchmark starts (the preview server, browsers)
 * registers a cleanup here; cleanups run once, on success, failure, a signal or the overall
 * timeout, so nothing outlives the run.
 */
const cleanups = [];
let cleaning = null;
let stopping = false;

/** True once a signal or the time limit stopped the run: later errors are its consequence. */
export const isStopping = () => stopping;

export function onCleanup(fn) {
  cleanups.push(fn);
  return () => {
    const index = cleanups.indexOf(fn);
    if (index !== -1) cleanups.splice(index, 1);
  };
}

export function cleanup() {
  cleaning ??= (async () => {
    while (cleanups.length) {
      const fn = cleanups.pop();
      try {
        await Promise.race([fn(), new Promise((resolve) => setTimeout(resolve, 5000))]);
      } catch (error) {
        console.error('bench: cleanup failed:', error?.message ?? error);
      }
    }
  })();
  return cleaning;
}

/** Ends the process after the cleanups (bounded: 10 s at most). */
export async function exitAfterCleanup(code) {
  setTimeout(() => process.exit(code), 10_000).unref();
  await cleanup();
  process.exit(code);
}

/** Signals and the overall time limit stop the run the same way. */
export function installGuards(timeoutMs) {
  // `on`, not `once`: a library that sees no other listener may exit by itself (Playwright does),
  // before our cleanups ran. A second signal exits at once.
  let signalled = false;
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => {
      if (signalled) process.exit(130);
      signalled = true;
      stopping = true;
      console.error(`\nbench: ${signal}, stopping`);
      void exitAfterCleanup(130);
    });
  }
  const timer = setTimeout(() => {
    stopping = true;
    console.error(`\nbench: over the ${Math.round(timeoutMs / 1000)} s limit, stopping`);
    void exitAfterCleanup(3);
  }, timeoutMs);
  return () => clearTimeout(timer);
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs `main` (which resolves to an exit code) and exits after the cleanups; a failure is exit 2. */
export function runMain(name, main) {
  main().then(
    (code) => exitAfterCleanup(code),
    (error) => {
      if (isStopping()) return; // the signal or time-limit handler is already ending the run
      console.error(`${name}: failed: ${error?.stack ?? error}`);
      void exitAfterCleanup(2);
    },
  );
}
