import { useFormState } from 'react-hook-form';
import { useLeaveGuard } from '../../../lib/leaveGuard';
import type { ConnectionFormValues } from '../schema';

/**
 * Asks before the panel is left with unsaved changes (Cancel, links, back/forward, closing the
 * tab). Its own component, so only it re-renders when the form turns dirty.
 */
export function UnsavedChangesGuard({ isReleased, onLeave }: { isReleased: () => boolean; onLeave: () => void }) {
  const { isDirty } = useFormState<ConnectionFormValues>({ name: undefined });
  useLeaveGuard(isDirty, { isReleased, onLeave });
  return null;
}
