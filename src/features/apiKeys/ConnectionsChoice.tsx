import { useState } from 'react';
import { useController, useFormContext } from 'react-hook-form';
import { Fieldset } from '../../ui/Field';
import type { ApiKeyInput } from '../connections/schema';
import { ChosenConnections } from './ChosenConnections';
import { allConnectionsLabel, fieldId } from './keyText';
import choice from '../../ui/Choice.module.css';

const id = fieldId('connections');
const chosenId = `${id}-chosen`;

/**
 * The connections the key may use: all of them (those saved later too), or the ones ticked. No
 * default: a key's reach is chosen. Switching to "all" and back keeps the ticks.
 */
export function ConnectionsChoice() {
  const { control } = useFormContext<ApiKeyInput>();
  const {
    field: { ref, onChange, onBlur, value },
    fieldState,
  } = useController({ control, name: 'connections' });
  const [ticked, setTicked] = useState<string[]>([]);
  const tick = (next: string[]) => {
    setTicked(next);
    onChange(next);
  };
  const invalid = fieldState.error ? true : undefined;

  return (
    <Fieldset
      id={id}
      legend="Connections it may use"
      required
      error={fieldState.error?.message}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) onBlur();
      }}
    >
      <div className={choice.choices}>
        <div className={choice.choice}>
          <input ref={ref} type="radio" id={id} name="connections" checked={value === 'all'} onChange={() => onChange('all')} required aria-invalid={invalid} />
          <label htmlFor={id}>{allConnectionsLabel}</label>
        </div>
        <div className={choice.choice}>
          <input
            type="radio"
            id={chosenId}
            name="connections"
            checked={Array.isArray(value)}
            onChange={() => onChange(ticked)}
            required
            aria-invalid={invalid}
          />
          <label htmlFor={chosenId}>Only the ones I choose</label>
        </div>
      </div>
      {Array.isArray(value) && (
        <ChosenConnections boxId={(connectionId) => `${id}-${connectionId}`} chosen={value} invalid={invalid} onChange={tick} />
      )}
    </Fieldset>
  );
}

