import { useSyncExternalStore, type ReactNode } from 'react';
import { Router, type AroundNavHandler, type BaseLocationHook } from 'wouter';
import { useBrowserLocation } from 'wouter/use-browser-location';
import { leaveGuard, usePendingLeave } from '../lib/leaveGuard';
import { ConfirmDialog } from '../ui/ConfirmDialog';

/**
 * The browser's location, except while a back/forward away from a page with unsaved changes
 * waits for the person's answer: then the guarded page stays on screen.
 */
const useGuardedLocation: BaseLocationHook = (options?: { ssrPath?: string }) => {
  const [path, navigate] = useBrowserLocation(options);
  const frozen = useSyncExternalStore(leaveGuard.subscribe, leaveGuard.getFrozenPath, () => null);
  return [frozen === null ? path : (frozen.split('?')[0] ?? path), navigate];
};

/** Every in-app navigation (links, `navigate`) asks first when the page would lose something. */
const aroundNav: AroundNavHandler = (navigate, to, options) => leaveGuard.attempt(() => navigate(to, options));

/** The app's router, with the "Leave without saving?" question. */
export function GuardedRouter({ children, ssrPath }: { children: ReactNode; ssrPath?: string }) {
  return (
    <Router hook={useGuardedLocation} aroundNav={aroundNav} ssrPath={ssrPath}>
      {children}
      <LeaveDialog />
    </Router>
  );
}

function LeaveDialog() {
  const pending = usePendingLeave();
  return (
    <ConfirmDialog
      open={pending !== null}
      title="Leave without saving?"
      confirmLabel="Leave"
      cancelLabel="Stay"
      onConfirm={() => leaveGuard.confirm()}
      onCancel={() => leaveGuard.stay()}
    >
      <p>Your changes have not been saved. If you leave now, they will be lost.</p>
    </ConfirmDialog>
  );
}
