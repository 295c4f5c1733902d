import { get, useFormState, type FieldPath, type FieldValues } from 'react-hook-form';

/** The message of one field's error, subscribing to that field only. */
export function useFieldError<T extends FieldValues>(name: FieldPath<T>): string | undefined {
  const { errors } = useFormState<T>({ name });
  const error: unknown = get(errors, name);
  return findMessage(error);
}

/** The first message in an error node (an array field's error can sit on an item). */
export function findMessage(error: unknown): string | undefined {
  if (!error || typeof error !== 'object') return undefined;
  const message = (error as { message?: unknown }).message;
  if (typeof message === 'string' && message) return message;
  for (const [key, value] of Object.entries(error)) {
    if (key === 'ref' || key === 'type' || key === 'types') continue;
    const nested = findMessage(value);
    if (nested) return nested;
  }
  return undefined;
}
