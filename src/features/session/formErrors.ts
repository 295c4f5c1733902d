import type { FieldErrors, FieldPath, FieldValues, UseFormSetError } from 'react-hook-form';
import type { ErrorSummaryItem } from '../../ui/ErrorSummary';
import type { SessionFailure } from './api/failure';
import { fieldIdOf } from './FormField';

/** The summary's items: one per field with an error, in the form's order. */
export function summaryItems<T extends FieldValues>(errors: FieldErrors<T>, order: readonly FieldPath<T>[]): ErrorSummaryItem[] {
  return order.flatMap((name) => {
    const message = (errors as Record<string, { message?: unknown } | undefined>)[name]?.message;
    return typeof message === 'string' && message ? [{ targetId: fieldIdOf(name), message }] : [];
  });
}

/**
 * Puts a failure's field messages on the form's fields (the server's paths are the form's names).
 * Returns the messages no field of the form can carry, and whether any field got one.
 */
export function placeFieldErrors<T extends FieldValues>(
  failure: SessionFailure,
  fields: readonly FieldPath<T>[],
  setError: UseFormSetError<T>,
): { placed: boolean; unplaced: string[] } {
  const unplaced: string[] = [];
  let placed = false;
  for (const item of failure.fields) {
    const name = fields.find((field) => field === item.path.split('.')[0]);
    if (name) {
      setError(name, { type: 'server', message: item.message });
      placed = true;
    } else unplaced.push(item.message);
  }
  return { placed, unplaced };
}
