import { useFormContext, useFormState } from 'react-hook-form';
import { Field } from '../../ui/Field';
import type { ApiKeyInput } from '../connections/schema';
import { fieldId } from './keyText';

/** The key's name: what it is for, so that the list says which program uses which key. */
export function NameField() {
  const { register } = useFormContext<ApiKeyInput>();
  const { errors } = useFormState<ApiKeyInput>({ name: 'name' });
  return (
    <Field id={fieldId('name')} label="Name" required help="What the key is for, for example “Nightly order export”." error={errors.name?.message}>
      {(control) => <input type="text" autoComplete="off" {...control} {...register('name')} />}
    </Field>
  );
}
