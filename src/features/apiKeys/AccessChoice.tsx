import { useController, useFormContext } from 'react-hook-form';
import { Fieldset } from '../../ui/Field';
import { apiKeyAccessLevels, type ApiKeyInput } from '../connections/schema';
import { accessLabel, fieldId } from './keyText';
import choice from '../../ui/Choice.module.css';

const id = fieldId('access');

const description = {
  read: 'The key can only read: a write through the proxy gets 403.',
  write: 'The key can also create, change and delete in the store, as far as the connection’s scopes allow.',
} as const;

/** Access: Read or Read and write; no default, so that a key's power is chosen, never assumed. */
export function AccessChoice() {
  const { control } = useFormContext<ApiKeyInput>();
  const { field, fieldState } = useController({ control, name: 'access' });
  return (
    <Fieldset
      id={id}
      legend="Access"
      required
      error={fieldState.error?.message}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) field.onBlur();
      }}
    >
      <div className={choice.choices}>
        {apiKeyAccessLevels.map((level, index) => {
          const optionId = index === 0 ? id : `${id}-${level}`;
          return (
            <div key={level} className={choice.choice}>
              <input
                ref={index === 0 ? field.ref : undefined}
                type="radio"
                id={optionId}
                name={field.name}
                value={level}
                checked={field.value === level}
                onChange={() => field.onChange(level)}
                required
                aria-invalid={fieldState.error ? true : undefined}
                aria-describedby={`${optionId}-description`}
              />
              <label htmlFor={optionId}>{accessLabel[level]}</label>
              <p id={`${optionId}-description`} className={choice.description}>
                {description[level]}
              </p>
            </div>
          );
        })}
      </div>
    </Fieldset>
  );
}
