import type { FieldPath, FieldValues, UseFormSetError } from 'react-hook-form';

export interface RequestFailure {
  /** The failure in words. */
  message: string;
  /** The API's messages for fields (a 422's `fields`). */
  fields: ReadonlyArray<{ path: string; message: string }>;
}

/**
 * Puts a failed request's field messages on the form's fields (matched by the path's first part).
 * Returns whether any field got one, and the line to show above the form: `failedText` and what
 * no field can carry, or null when every message found its field.
 */
export function placeRequestFailure<T extends FieldValues>(
  failure: RequestFailure,
  fields: readonly FieldPath<T>[],
  setError: UseFormSetError<T>,
  failedText: string,
): { placed: boolean; failure: string | null } {
  const unplaced: string[] = [];
  for (const item of failure.fields) {
    const field = fields.find((name) => name === item.path.split('.')[0]);
    if (field) setError(field, { type: 'server', message: item.message });
    else unplaced.push(item.message);
  }
  const placed = failure.fields.length > unplaced.length;
  if (placed && unplaced.length === 0) return { placed, failure: null };
  return { placed, failure: `${failedText} ${unplaced.length > 0 ? unplaced.join(' ') : failure.message}` };
}
