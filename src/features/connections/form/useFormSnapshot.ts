import { startTransition, useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { useFormContext, type FieldPath } from 'react-hook-form';
import { createTrailingTimer } from '../../../lib/trailingTimer';
import type { ConnectionFormValues } from '../schema';

type Snapshot = string | undefined;
/**
 * How long typing pauses before a deferred snapshot renders: longer than the gap between a fast
 * typist's keystrokes (60-80 ms), so that its render does not meet the next keystroke (at 50 ms
 * it did, and Store hash's keystrokes slowed), and short enough to read as an answer to the pause.
 */
export const deferredSnapshotDelayMs = 150;

// One timer for every deferred snapshot: after a pause they all update in one task, so React
// renders them together (the guide never shows one snapshot's change without another's), and a
// keystroke sets at most one timer whatever the number of snapshots reading its field.
const pendingUpdates = new Set<() => void>();
const pauseTimer = createTrailingTimer(() => {
  const updates = [...pendingUpdates];
  pendingUpdates.clear();
  for (const update of updates) update();
}, deferredSnapshotDelayMs);
/**
 * The fields a selection reads: a change to any other field does not call it. (A change without a
 * field's name, such as a reset, calls every selection.) Give a module-level constant.
 */
type Fields = readonly string[];

/**
 * A value computed from the form, kept current with useSyncExternalStore rather than useWatch.
 * useWatch reads its first value while rendering and subscribes only on commit, so a component
 * that mounts late (the guide is its own chunk) misses what is typed in between, and shows it
 * only when that same field changes again. useSyncExternalStore checks the value again once it
 * has subscribed. The selection must be a string (or undefined), so an unchanged value is the
 * same value and a keystroke elsewhere renders nothing.
 */
export function useFormSnapshot(select: (values: Partial<ConnectionFormValues>) => Snapshot, fields: Fields): Snapshot {
  const { subscribe, getValues } = useFormContext<ConnectionFormValues>();
  const subscribeToValues = useCallback(
    (onChange: () => void) => subscribe({ name: fieldNames(fields), formState: { values: true }, callback: onChange }),
    [subscribe, fields],
  );
  const read = () => select(getValues() as Partial<ConnectionFormValues>);
  return useSyncExternalStore(subscribeToValues, read, read);
}

/**
 * Like useFormSnapshot, but a change renders in a transition once typing has paused for
 * `deferredSnapshotDelayMs`: whatever shows the value (the setup guide, a notice beside the field)
 * follows the pause, never a keystroke's frame. A transition alone is not enough: a small one runs
 * before the frame is painted, and delays it. Nor is a requestAnimationFrame per keystroke: its
 * callback runs in the keystroke's own frame, and asking for a second one paints a second frame
 * (docs/decisions/blocking-time.md, item 14). For what is seen beside a field, never for the field
 * itself.
 */
export function useDeferredFormSnapshot(select: (values: Partial<ConnectionFormValues>) => Snapshot, fields: Fields): Snapshot {
  const { subscribe, getValues } = useFormContext<ConnectionFormValues>();
  const [value, setValue] = useState(() => select(getValues() as Partial<ConnectionFormValues>));
  useEffect(() => {
    // What this hook last asked React to show: an unchanged selection schedules nothing, so a
    // keystroke elsewhere commits nothing (a transition that sets the same value may still commit).
    let shown = value;
    const update = () => {
      const next = select(getValues() as Partial<ConnectionFormValues>);
      if (next === shown) return;
      shown = next;
      startTransition(() => setValue(next));
    };
    const unsubscribe = subscribe({
      name: fieldNames(fields),
      formState: { values: true },
      callback: () => {
        pendingUpdates.add(update); // the update reads the latest values anyway
        pauseTimer.touch();
      },
    });
    // What was typed between the first render and this subscription (see useFormSnapshot).
    update();
    return () => {
      unsubscribe();
      pendingUpdates.delete(update);
    };
    // `value` is read once, when subscribing: later values come from `update` itself.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [subscribe, getValues, select, fields]);
  return value;
}

// The form's values are a union per auth type: a branch's field is a name of the form all the same.
const fieldNames = (fields: Fields) => fields as readonly FieldPath<ConnectionFormValues>[];
