import { useState, type ClipboardEvent, type FocusEvent } from 'react';
import { useFormContext, useFormState } from 'react-hook-form';
import { Field } from '../../../ui/Field';
import { fieldText, normalizeStoreHash } from '../schema/plain';
import type { ConnectionFormValues } from '../schema';
import { DuplicateStoreNotice } from '../test/DuplicateStoreNotice';
import { fieldId, storeHashNote } from './formModel';
import { useFieldError } from './useFieldError';
import styles from './ConnectionForm.module.css';

const id = fieldId('storeHash');

/**
 * "Store hash": takes what people paste (an API path, a control-panel address, `stores/HASH`,
 * quotes) and reduces it to the bare hash on paste and when the field is left, saying what it
 * did in a polite live note.
 */
export function StoreHashField() {
  const { register, setValue, getFieldState } = useFormContext<ConnectionFormValues>();
  // Read while rendering, so this field renders again (only) when the form is first submitted.
  const { isSubmitted } = useFormState<ConnectionFormValues>({ name: 'storeHash' });
  const error = useFieldError<ConnectionFormValues>('storeHash');
  const [note, setNote] = useState('');
  const { onBlur, onChange, ...registration } = register('storeHash');

  const reduce = (raw: string, how: 'pasted' | 'entered'): boolean => {
    const result = normalizeStoreHash(raw);
    if (result.hash === raw) return false;
    const { isTouched } = getFieldState('storeHash');
    setValue('storeHash', result.hash, { shouldDirty: true, shouldValidate: how === 'pasted' && (isTouched || isSubmitted) });
    setNote(result.changed ? storeHashNote(result, how) : '');
    return true;
  };

  const handleBlur = (event: FocusEvent<HTMLInputElement>) => {
    reduce(event.target.value, 'entered');
    return onBlur(event);
  };

  const handlePaste = (event: ClipboardEvent<HTMLInputElement>) => {
    const pasted = event.clipboardData.getData('text');
    const result = normalizeStoreHash(pasted);
    if (result.hash === pasted) {
      setNote('');
      return;
    }
    event.preventDefault();
    reduce(pasted, 'pasted');
  };

  return (
    <Field
      id={id}
      label={fieldText.storeHash.label}
      help={fieldText.storeHash.help}
      required
      error={error}
      after={
        <>
          <p role="status" className={styles.liveNote}>
            {note}
          </p>
          <DuplicateStoreNotice />
        </>
      }
    >
      {(control) => (
        <input
          type="text"
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
          {...control}
          {...registration}
          onChange={(event) => {
            setNote('');
            return onChange(event);
          }}
          onBlur={handleBlur}
          onPaste={handlePaste}
        />
      )}
    </Field>
  );
}
