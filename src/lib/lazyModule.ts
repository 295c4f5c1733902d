import { createElement, lazy, useState, type ComponentType } from 'react';

/** Where a chunk is: not asked for yet, on its way, here, or its last fetch failed. */
export type LazyModuleState = 'idle' | 'loading' | 'arrived' | 'failed';

export interface LazyModule<M> {
  /** Starts fetching the chunk, once (again after a failure); resolves with the module. Not during a render: it notifies. */
  load: () => Promise<M>;
  state: () => LazyModuleState;
  /** Calls `listener` whenever the state changes; returns the unsubscribe. */
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
  let state: LazyModuleState = 'idle';
  let loading: Promise<M> | undefined;
  const listeners = new Set<() => void>();
  const enter = (next: LazyModuleState) => {
    state = next;
    for (const listener of listeners) listener();
  };
  const load = () => {
    if (loading) return loading;
    loading = importer().then(
      (arrived) => {
        module = arrived;
        enter('arrived');
        return arrived;
      },
      (error: unknown) => {
        loading = undefined;
        enter('failed');
        throw error;
      },
    );
    enter('loading');
    return loading;
  };
  return {
    load,
    state: () => state,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    component: <P extends object>(pick: (module: M) => ComponentType<P>) => {
      // React.lazy asks for the module while rendering: load (which notifies) a moment later.
      const Lazy = lazy(() => Promise.resolve().then(load).then((arrived) => ({ default: pick(arrived) })));
      function LazyPart(props: P) {
        // Chosen once per mount: going from the lazy wrapper to the component itself would remount it.
        const [Component] = useState<ComponentType<P>>(() => (module === undefined ? Lazy : pick(module)));
        return createElement(Component, props);
      }
      return LazyPart;
    },
  };
}
