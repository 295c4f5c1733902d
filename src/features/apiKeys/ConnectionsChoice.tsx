import type { UseQueryResult } from '@tanstack/react-query';
import { useState } from 'react';
import { useController, useFormContext } from 'react-hook-form';
import { Link } from 'wouter';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Fieldset } from '../../ui/Field';
import type { ApiKeyInput, Connection } from '../connections/schema';
import { keyRequestFailure } from './api/failure';
import { allConnectionsLabel, fieldId } from './keyText';
import choice from '../../ui/Choice.module.css';
import pageStyles from '../../ui/Page.module.css';
import styles from './ApiKeysPage.module.css';

export type SavedConnections = Pick<UseQueryResult<Connection[]>, 'data' | 'isPending' | 'isError' | 'error' | 'isFetching' | 'refetch'>;

const id = fieldId('connections');
const chosenId = `${id}-chosen`;

/**
 * The connections the key may use: all of them (those saved later too), or the ones ticked. No
 * default: a key's reach is chosen. Switching to "all" and back keeps the ticks.
 */
export function ConnectionsChoice({ connections }: { connections: SavedConnections }) {
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
        <ChosenConnections connections={connections} chosen={value} invalid={invalid} onChange={tick} />
      )}
    </Fieldset>
  );
}

interface ChosenConnectionsProps {
  connections: SavedConnections;
  chosen: readonly string[];
  invalid: true | undefined;
  onChange: (chosen: string[]) => void;
}

/** A checkbox for each saved connection. */
function ChosenConnections({ connections, chosen, invalid, onChange }: ChosenConnectionsProps) {
  if (connections.isPending) {
    return (
      <p role="status" className={pageStyles.muted}>
        Loading your connections…
      </p>
    );
  }
  if (connections.isError) {
    return (
      <ErrorAlert onRetry={() => void connections.refetch()} retrying={connections.isFetching}>
        Could not load your connections. {keyRequestFailure(connections.error).message}
      </ErrorAlert>
    );
  }
  const saved = connections.data ?? [];
  if (saved.length === 0) {
    return (
      <p className={styles.nested}>
        No connection is saved yet. <Link href="/connections/new">Create a connection</Link> first, or choose all connections.
      </p>
    );
  }
  const toggle = (connectionId: string, on: boolean) =>
    onChange(on ? [...chosen, connectionId] : chosen.filter((other) => other !== connectionId));
  return (
    <fieldset className={styles.nested}>
      <legend className={styles.nestedLegend}>Choose the connections</legend>
      <ul className={styles.checkboxes}>
        {saved.map((connection) => {
          const boxId = `${id}-${connection.id}`;
          return (
            <li key={connection.id}>
              <input
                type="checkbox"
                id={boxId}
                checked={chosen.includes(connection.id)}
                onChange={(event) => toggle(connection.id, event.currentTarget.checked)}
                aria-invalid={invalid}
                aria-describedby={`${boxId}-store`}
              />
              <label htmlFor={boxId}>{connection.name}</label>
              <span id={`${boxId}-store`} className={pageStyles.muted}>
                {' '}
                store {connection.storeHash}
              </span>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
