import { lazy, type ComponentType } from 'react';

export interface LazyRoute<P extends object> {
  /** Renders the loaded component at once when its chunk is in, otherwise suspends until it is. */
  Component: ComponentType<P>;
  /** Fetches the chunk; resolves when the component can render without suspending. */
  preload: () => Promise<void>;
}

/**
 * React.lazy, plus a way to load the chunk before the first render. A route whose chunk is already
 * in renders directly, so its Suspense boundary never shows its fallback: React holds back content
 * revealed within 300 ms of a fallback, which on a first visit delayed the form's paint by that much.
 */
export function lazyRoute<P extends object>(load: () => Promise<ComponentType<P>>): LazyRoute<P> {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<ComponentType<P>> | undefined;
  const start = () =>
    (pending ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        pending = undefined; // a later render may try again
        throw error;
      },
    ));
  const Suspending = lazy(() => start().then((component) => ({ default: component })));
  function Route(props: P) {
    const Loaded = loaded;
    return Loaded ? <Loaded {...props} /> : <Suspending {...props} />;
  }
  return { Component: Route, preload: () => start().then(() => undefined) };
}
