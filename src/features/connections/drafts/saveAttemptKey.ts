import { useEffect, useState } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';

/**
 * The `Idempotency-Key` of one series of save attempts: the same key for a retry of the same
 * values (after a lost answer, a double click), a new one once the values change or a save
 * succeeds. Lives in memory only, beside the form.
 */
export interface SaveAttemptKey {
  /** The key for this attempt; made on first use. */
  current(): string;
  /** The next attempt is a new series (the values changed, or the save went through). */
  reset(): void;
}

export function createSaveAttemptKey(newKey: () => string = () => crypto.randomUUID()): SaveAttemptKey {
  let key: string | null = null;
  return {
    current: () => (key ??= newKey()),
    reset: () => {
      key = null;
    },
  };
}

/** A SaveAttemptKey that starts a new series whenever a value of `form` changes. */
export function useSaveAttemptKey<T extends FieldValues>(form: Pick<UseFormReturn<T>, 'watch'>): SaveAttemptKey {
  const [attempt] = useState(() => createSaveAttemptKey());
  const { watch } = form;
  useEffect(() => {
    const subscription = watch(() => attempt.reset());
    return () => subscription.unsubscribe();
  }, [watch, attempt]);
  return attempt;
}
