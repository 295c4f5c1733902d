import type { InputHTMLAttributes, ReactNode } from 'react';
import { useFormContext, type FieldPath, type FieldValues } from 'react-hook-form';
import { Field } from '../../../ui/Field';
import { useFieldError } from './useFieldError';

export interface TextFieldProps<T extends FieldValues> {
  name: FieldPath<T>;
  label: string;
  help?: ReactNode;
  note?: ReactNode;
  required?: boolean;
  /** Prefix of the input's id; the id is `${idPrefix}${name}`. */
  idPrefix?: string;
  inputProps?: Omit<InputHTMLAttributes<HTMLInputElement>, 'name' | 'id' | 'defaultValue' | 'value' | 'onChange' | 'onBlur'>;
}

/** A text input bound to the surrounding react-hook-form by `register`. */
export function TextField<T extends FieldValues>({ name, label, help, note, required = false, idPrefix = 'field-', inputProps }: TextFieldProps<T>) {
  const { register } = useFormContext<T>();
  const error = useFieldError<T>(name);
  return (
    <Field id={`${idPrefix}${name}`} label={label} help={help} note={note} required={required} error={error}>
      {(control) => <input type="text" {...inputProps} {...control} {...register(name)} />}
    </Field>
  );
}

export interface SecretFieldProps<T extends FieldValues> extends Omit<TextFieldProps<T>, 'inputProps' | 'note'> {
  /** Set when a saved secret exists: says it is stored and must be entered again. */
  storedNote?: string;
}

/**
 * A secret (password, access token, client secret): type=password, no autocomplete, no
 * spelling help. When editing, it starts empty: the saved value is never sent back.
 */
export function SecretField<T extends FieldValues>({ storedNote, ...props }: SecretFieldProps<T>) {
  return (
    <TextField<T>
      {...props}
      note={storedNote}
      inputProps={{ type: 'password', autoComplete: 'off', autoCapitalize: 'off', autoCorrect: 'off', spellCheck: false }}
    />
  );
}
