import { useController, useFormContext } from 'react-hook-form';
import { Fieldset } from '../../../ui/Field';
import { authTypeOptions, fieldText } from '../schema/plain';
import type { AuthType, ConnectionFormValues } from '../schema';
import { fieldId, fieldsToDrop } from './formModel';
import { preloadSectionParts } from './lazyParts';
import choice from '../../../ui/Choice.module.css';

const id = fieldId('authType');

/**
 * "Auth type": a radio group with no default. Changing it drops the old branch's values and
 * errors (secrets above all) and keeps the store hash; focus stays on the radio.
 */
export function AuthTypeField() {
  const { control, unregister } = useFormContext<ConnectionFormValues>();
  const { field, fieldState } = useController({ control, name: 'authType' });
  const current = field.value as AuthType | undefined;

  const choose = (next: AuthType) => {
    if (next === current) return;
    for (const name of fieldsToDrop(current, next)) unregister(name);
    field.onChange(next);
  };

  return (
    <Fieldset
      id={id}
      legend={fieldText.authType.label}
      required
      help={fieldText.authType.help}
      error={fieldState.error?.message}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) field.onBlur();
      }}
    >
      {/* A pointer over the choices comes just before a choice: the sections' parts start downloading then (focus in the form starts them too: ConnectionForm). */}
      <div className={choice.choices} onPointerEnter={preloadSectionParts}>
        {authTypeOptions.map((option, index) => {
          const optionId = index === 0 ? id : `${id}-${option.value}`;
          return (
            <div key={option.value} className={choice.choice}>
              <input
                ref={index === 0 ? field.ref : undefined}
                type="radio"
                id={optionId}
                name={field.name}
                value={option.value}
                checked={current === option.value}
                onChange={() => choose(option.value)}
                required
                aria-invalid={fieldState.error ? true : undefined}
                aria-describedby={`${optionId}-description`}
              />
              <label htmlFor={optionId}>{option.label}</label>
              <p id={`${optionId}-description`} className={choice.description}>
                {option.description}
              </p>
            </div>
          );
        })}
      </div>
    </Fieldset>
  );
}
