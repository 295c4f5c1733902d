import { useEffect, useRef, useSyncExternalStore } from 'react';

// Asks before leaving a page with unsaved changes. A page registers a blocker while it has
// something to lose; every in-app navigation goes through `leaveGuard.attempt` (the router's
// `aroundNav`), which either goes at once or holds the navigation until the person answers
// (`confirm` = Leave, `stay` = Stay). Back/forward cannot be held: the browser has already moved
// when `popstate` fires. The router then keeps showing the guarded page (`frozenPath`) while the
// question is open; Leave shows the new address, Stay pushes the page's address back (so one
// forward entry is lost: a documented limitation). Closing or reloading the tab is the browser's
// own prompt (`beforeunload`), which `useLeaveGuard` arms while a blocker is active.

export interface LeaveBlocker {
  /** True while leaving would lose something. Read at the moment of leaving. */
  isBlocking(): boolean;
  /** The person confirmed leaving (in-app): drop what would have been lost. */
  onLeave?(): void;
  /** The address of the guarded page (path + search), restored when they stay after Back. */
  readonly path: string;
}

export interface PendingLeave {
  /** 'navigate' for links and programmatic navigations, 'history' for back/forward. */
  readonly kind: 'navigate' | 'history';
}

interface Pending extends PendingLeave {
  proceed(): void;
  cancel(): void;
}

export interface LeaveGuard {
  register(blocker: LeaveBlocker): () => void;
  isBlocking(): boolean;
  /** Runs `go` now when nothing blocks, otherwise holds it until `confirm` (or drops it on `stay`). */
  attempt(go: () => void): void;
  /** For `popstate`: when blocking, holds the page at its address and asks. Returns true when held. */
  holdHistoryNavigation(currentPath: string): boolean;
  confirm(): void;
  stay(): void;
  getPending(): PendingLeave | null;
  /** The path the router should show instead of the address bar's, while a back/forward is held. */
  getFrozenPath(): string | null;
  subscribe(listener: () => void): () => void;
}

/** A guard with its own state (one per app; tests make their own). */
export function createLeaveGuard(pushPath: (path: string) => void = (path) => history.pushState(history.state, '', path)): LeaveGuard {
  const blockers = new Set<LeaveBlocker>();
  const listeners = new Set<() => void>();
  let pending: Pending | null = null;
  let frozenPath: string | null = null;
  const emit = () => {
    for (const listener of listeners) listener();
  };
  const blocking = () => [...blockers].filter((blocker) => blocker.isBlocking());

  const guard: LeaveGuard = {
    register(blocker) {
      blockers.add(blocker);
      return () => {
        blockers.delete(blocker);
      };
    },
    isBlocking: () => blocking().length > 0,
    attempt(go) {
      if (pending) return; // A question is open: a second navigation waits for its answer.
      if (!guard.isBlocking()) {
        go();
        return;
      }
      pending = { kind: 'navigate', proceed: go, cancel: () => undefined };
      emit();
    },
    holdHistoryNavigation(currentPath) {
      if (pending) return frozenPath !== null;
      const [blocker] = blocking();
      // A change of the fragment only (the skip link) is no leaving.
      if (!blocker || blocker.path === currentPath) return false;
      const path = blocker.path;
      frozenPath = path;
      pending = { kind: 'history', proceed: () => undefined, cancel: () => pushPath(path) };
      emit();
      return true;
    },
    confirm() {
      const answered = pending;
      if (!answered) return;
      const leaving = blocking();
      pending = null;
      frozenPath = null;
      for (const blocker of leaving) blocker.onLeave?.();
      answered.proceed();
      emit();
    },
    stay() {
      const answered = pending;
      if (!answered) return;
      pending = null;
      answered.cancel();
      frozenPath = null;
      emit();
    },
    getPending: () => pending,
    getFrozenPath: () => frozenPath,
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
  return guard;
}

/** The app's guard. */
export const leaveGuard: LeaveGuard = createLeaveGuard();

const currentPath = () => `${location.pathname}${location.search}`;

if (typeof window !== 'undefined') {
  // Capture, and registered when this module loads (before the router subscribes): the guard must
  // freeze the page before the router renders the new address.
  window.addEventListener('popstate', () => leaveGuard.holdHistoryNavigation(currentPath()), { capture: true });
}

/** The open question, if any (for the dialog that asks it). */
export function usePendingLeave(guard: LeaveGuard = leaveGuard): PendingLeave | null {
  return useSyncExternalStore(guard.subscribe, guard.getPending, () => null);
}

/**
 * Guards the current page while `active`: in-app navigations ask first, closing or reloading the
 * tab gets the browser's prompt. `isReleased` (read when leaving) lifts it at once, for the
 * navigation that follows a save. `onLeave` runs when the person confirms leaving in-app.
 */
export function useLeaveGuard(active: boolean, options: { isReleased?: () => boolean; onLeave?: () => void } = {}, guard: LeaveGuard = leaveGuard): void {
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });

  useEffect(() => {
    if (!active) return;
    const isBlocking = () => !(latest.current.isReleased?.() ?? false);
    const unregister = guard.register({ isBlocking, onLeave: () => latest.current.onLeave?.(), path: currentPath() });
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!isBlocking()) return;
      event.preventDefault();
      // Older browsers show the prompt only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      unregister();
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, [active, guard]);
}
