/**
 * The zod schemas (./index, with zod/mini about 10 kB gzip) are not needed for the form's first
 * paint: they parse answers, validate on blur and on save. They load on first use, or once the
 * form has painted (preloadContract), in a chunk of their own.
 */
export type Contract = typeof import('./index');

let loaded: Contract | undefined;
let loading: Promise<Contract> | undefined;

export function loadContract(): Promise<Contract> {
  loading ??= import('./index').then(
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
