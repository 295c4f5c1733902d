import { useEffect } from 'react';
import { get, type FieldPath, type FieldValues, type UseFormReturn } from 'react-hook-form';
import { createTrailingTimer } from '../../lib/trailingTimer';
import { passwordMinLength } from '../connections/schema';
import { isCommonPassword, type CommonPasswordVerdicts } from './commonPassword';

/** How long typing must pause before the check runs. */
export const commonCheckPauseMs = 500;

/**
 * Checks the new password in `field` against the list of common passwords once typing pauses, and
 * shows the result on the field then (through the form's resolver, withCommonPasswordCheck), not
 * only after a save. A password shorter than the rules allow is not looked up: its length is what
 * the field says.
 */
export function useCommonPasswordCheck<T extends FieldValues>(form: UseFormReturn<T>, field: FieldPath<T>, verdicts: CommonPasswordVerdicts): void {
  useEffect(() => {
    let typed = '';
    const timer = createTrailingTimer(() => {
      const password = typed;
      if ([...password].length < passwordMinLength) return;
      void isCommonPassword(password).then((common) => {
        if (common === undefined || form.getValues(field) !== password) return;
        verdicts.remember(password, common);
        // Shown when found, and taken away when no longer so; nothing else is said while typing.
        if (common || form.getFieldState(field).error?.type === 'common') void form.trigger(field);
      });
    }, commonCheckPauseMs);
    const subscription = form.watch((values, { name }) => {
      if (name !== field) return;
      const value: unknown = get(values, field);
      typed = typeof value === 'string' ? value : '';
      timer.touch();
    });
    return () => {
      subscription.unsubscribe();
      timer.cancel();
      verdicts.forget();
    };
  }, [form, field, verdicts]);
}
