import type { FieldErrors, FieldValues, Resolver } from 'react-hook-form';
import { messages } from '../schema/plain';

/** How names compare for uniqueness, as the backend compares them (core/ports.ts): case and surrounding white space do not count. */
export function nameKey(name: string): string {
  return name.trim().toLocaleLowerCase('en');
}

/**
 * Wraps a resolver so that a `name` already taken (per `takenNames(name)`, read at validation time)
 * becomes an error on "name" with `messages.nameTaken`. Other errors on the name win.
 */
export function withUniqueName<TValues extends FieldValues & { name?: unknown }, TContext, TOutput>(
  resolver: Resolver<TValues, TContext, TOutput>,
  takenNames: (name: string) => Iterable<string>,
): Resolver<TValues, TContext, TOutput> {
  return async (values, context, options) => {
    const result = await resolver(values, context, options);
    const name = typeof values.name === 'string' ? values.name.trim() : '';
    if (!name || result.errors.name) return result;
    const key = nameKey(name);
    for (const taken of takenNames(name)) {
      if (nameKey(taken) === key) {
        return {
          values: {},
          errors: { ...result.errors, name: { type: 'taken', message: messages.nameTaken(name) } } as FieldErrors<TValues>,
        };
      }
    }
    return result;
  };
}
