/**
 * The zod schemas (./index, with zod/mini about 10 kB gzip) are not needed for the form's first
 * paint: they parse answers, validate on blur and on save. They load on first use, or once the
 * form has painted (preloadContract), in a chunk of their own.
 */
import { nextTask } from '../../../lib/nextTask';

export type Contract = typeof import('./index');

let loaded: Contract | undefined;
let loading: Promise<Contract> | undefined;

/**
 * zod itself, the connection's schemas (what the list and the form need first), then the rest, each
 * evaluated in a task of its own: together they were one task of about 80 ms on this project's
 * test machine, which a slow phone feels as a frozen page (Lighthouse's total blocking time).
 */
async function importInStages(): Promise<Contract> {
  await import('./zodConfig');
  await nextTask();
  await import('./connection');
  await nextTask();
  return import('./index');
}

export function loadContract(): Promise<Contract> {
  loading ??= importInStages().then(
    (contract) => (loaded = contract),
    (error: unknown) => {
      loading = undefined; // a later call may try again
      throw error;
    },
  );
  return loading;
}

/** The schemas if they have loaded; for code that must decide synchronously (a submit event). */
export function loadedContract(): Contract | undefined {
  return loaded;
}

export function preloadContract(): void {
  loadContract().catch(() => undefined);
}
