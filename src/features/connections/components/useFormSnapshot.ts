import { useCallback, useSyncExternalStore } from 'react';
import { useFormContext } from 'react-hook-form';
import type { ConnectionFormValues } from '../schema';

type Snapshot = string | undefined;

/**
 * A value computed from the form, kept current with useSyncExternalStore rather than useWatch.
 * useWatch reads its first value while rendering and subscribes only on commit, so a component
 * that mounts late (the guide is its own chunk) misses what is typed in between, and shows it
 * only when that same field changes again. useSyncExternalStore checks the value again once it
 * has subscribed. The selection must be a string (or undefined), so an unchanged value is the
 * same value and a keystroke elsewhere renders nothing.
 */
export function useFormSnapshot(select: (values: Partial<ConnectionFormValues>) => Snapshot): Snapshot {
  const { subscribe, getValues } = useFormContext<ConnectionFormValues>();
  const subscribeToValues = useCallback(
    (onChange: () => void) => subscribe({ formState: { values: true }, callback: onChange }),
    [subscribe],
  );
  const read = () => select(getValues() as Partial<ConnectionFormValues>);
  return useSyncExternalStore(subscribeToValues, read, read);
}
