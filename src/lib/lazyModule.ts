import { createElement, lazy, useState, type ComponentType } from 'react';

export interface LazyModule<M> {
  /** Starts fetching the chunk, once (again after a failure); resolves with the module. */
  load: () => Promise<M>;
  /** The chunk has arrived, or its fetch failed (a render then throws that to the nearest error boundary). */
  isSettled: () => boolean;
  /** Calls `listener` whenever a fetch settles; returns the unsubscribe. */
  subscribe: (listener: () => void) => () => void;
  /** A component of the module: rendered at once if the chunk is here, through React.lazy (which suspends) if not. */
  component: <P extends object>(pick: (module: M) => ComponentType<P>) => ComponentType<P>;
}

/**
 * A module in a chunk of its own, whose components must not suspend once the chunk has arrived.
 * React.lazy suspends on its first render even then; the nearest Suspense boundary shows its
 * fallback, and React holds the content back for 300 ms before revealing it (its fallback throttle).
 */
export function lazyModule<M>(importer: () => Promise<M>): LazyModule<M> {
  let module: M | undefined;
  let failed = false;
  let loading: Promise<M> | undefined;
  const listeners = new Set<() => void>();
  const settled = () => {
    for (const listener of listeners) listener();
  };
  const load = () =>
    (loading ??= importer().then(
      (arrived) => {
        module = arrived;
        settled();
        return arrived;
      },
      (error: unknown) => {
        failed = true;
        loading = undefined;
        settled();
        throw error;
      },
    ));
  return {
    load,
    isSettled: () => module !== undefined || failed,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    component: <P extends object>(pick: (module: M) => ComponentType<P>) => {
      const Lazy = lazy(() => load().then((arrived) => ({ default: pick(arrived) })));
      function LazyPart(props: P) {
        // Chosen once per mount: going from the lazy wrapper to the component itself would remount it.
        const [Component] = useState<ComponentType<P>>(() => (module === undefined ? Lazy : pick(module)));
        return createElement(Component, props);
      }
      return LazyPart;
    },
  };
}
