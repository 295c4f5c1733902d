import { useState, type FormEvent } from 'react';
import type { FieldPath, FieldValues, SubmitHandler, UseFormReturn } from 'react-hook-form';
import type { SessionFailure } from './api/failure';
import { placeFieldErrors } from './formErrors';

/**
 * What every form of this feature does around its own submit: the error summary's focus key
 * (a new one for each invalid submit or field error from the API), and the API's field errors
 * put on the fields (`order`: the form's fields, in page order).
 */
export function useSessionFormSubmit<T extends FieldValues>(form: UseFormReturn<T>, order: readonly FieldPath<T>[]) {
  const [summaryKey, setSummaryKey] = useState(0);
  const showSummary = () => setSummaryKey((key) => key + 1);
  return {
    summaryKey,
    /** The form's onSubmit: `submit` with valid values, otherwise the summary takes focus. */
    onSubmit: (submit: SubmitHandler<T>) => (event: FormEvent<HTMLFormElement>) => void form.handleSubmit(submit, showSummary)(event),
    /** Puts the failure's field messages on the fields (the summary shows them); returns the rest. */
    placeErrors(failure: SessionFailure): { placed: boolean; unplaced: string[] } {
      const result = placeFieldErrors(failure, order, form.setError);
      if (result.placed) showSummary();
      return result;
    },
  };
}
