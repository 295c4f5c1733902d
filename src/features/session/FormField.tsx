import type { ReactNode } from 'react';
import { get, useFormContext, useFormState, type FieldPath, type FieldValues } from 'react-hook-form';
import { Field } from '../../ui/Field';

export interface FormFieldProps<T extends FieldValues> {
  name: FieldPath<T>;
  label: string;
  help?: ReactNode;
  type: 'email' | 'password';
  /** "username" for the email; "current-password" or "new-password" (password managers go by it). */
  autoComplete: 'username' | 'current-password' | 'new-password';
}

export const fieldIdOf = (name: string) => `session-${name}`;

/** A required input of a sign-in form, with its label, help and error tied to it. */
export function FormField<T extends FieldValues>({ name, label, help, type, autoComplete }: FormFieldProps<T>) {
  const { register } = useFormContext<T>();
  const { errors } = useFormState<T>({ name });
  const message: unknown = (get(errors, name) as { message?: unknown } | undefined)?.message;
  return (
    <Field id={fieldIdOf(name)} label={label} help={help} required error={typeof message === 'string' ? message : undefined}>
      {(control) => (
        <input type={type} autoComplete={autoComplete} autoCapitalize="off" autoCorrect="off" spellCheck={false} {...control} {...register(name)} />
      )}
    </Field>
  );
}
