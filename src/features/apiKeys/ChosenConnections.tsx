import { useInfiniteQuery } from '@tanstack/react-query';
import { useId, useRef, useState } from 'react';
import { Link } from 'wouter';
import { useDebouncedValue } from '../../lib/useDebouncedValue';
import { Button } from '../../ui/Button';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { connectionPageLimits, type Connection } from '../connections/schema';
import { keyRequestFailure } from './api/failure';
import { searchConnectionsQuery } from './api/listConnections';
import { ChosenList, type ChosenConnection } from './ChosenList';
import pageStyles from '../../ui/Page.module.css';
import styles from './ApiKeysPage.module.css';

interface ChosenConnectionsProps {
  boxId: (connectionId: string) => string;
  chosen: readonly string[];
  invalid: true | undefined;
  onChange: (chosen: string[]) => void;
}

/**
 * The chosen connections (each with Remove), then a search over the saved ones with a checkbox
 * each, a page at a time: a list of thousands of checkboxes is no choice at all, by keyboard or
 * screen reader. A tick stays where it is (focus with it); the chosen list says what is chosen.
 */
export function ChosenConnections({ boxId, chosen, invalid, onChange }: ChosenConnectionsProps) {
  const id = useId();
  const searchRef = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const q = useDebouncedValue(text.trim(), 250);
  const search = useInfiniteQuery(searchConnectionsQuery(q));
  // The names of the ones ticked, so the chosen list can name those the current search does not show.
  const [names, setNames] = useState<ReadonlyMap<string, ChosenConnection>>(new Map());
  const found = [...new Map((search.data?.pages ?? []).flatMap((page) => page.connections).map((c) => [c.id, c])).values()];

  const toggle = (connection: Connection, on: boolean) => {
    if (on) setNames((known) => new Map(known).set(connection.id, { id: connection.id, name: connection.name, storeHash: connection.storeHash }));
    onChange(on ? [...chosen, connection.id] : chosen.filter((other) => other !== connection.id));
  };
  const remove = (connectionId: string) => {
    onChange(chosen.filter((other) => other !== connectionId));
    searchRef.current?.focus();
  };

  return (
    <fieldset className={styles.nested}>
      <legend className={styles.nestedLegend}>Choose the connections</legend>
      <ChosenList chosen={chosen.map((chosenId) => names.get(chosenId) ?? { id: chosenId })} onRemove={remove} />
      <div className={styles.search}>
        <label htmlFor={`${id}-q`}>Search connections</label>
        <input
          ref={searchRef}
          id={`${id}-q`}
          type="search"
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          maxLength={connectionPageLimits.queryMaxLength}
          autoComplete="off"
        />
      </div>
      {search.isPending && (
        <p role="status" className={pageStyles.muted}>
          Loading your connections…
        </p>
      )}
      {search.isError && !search.isFetchNextPageError && (
        <ErrorAlert onRetry={() => void search.refetch()} retrying={search.isFetching}>
          Could not load your connections. {keyRequestFailure(search.error).message}
        </ErrorAlert>
      )}
      {search.data && found.length === 0 && (
        <p>
          {q ? (
            `No connection matches “${q}”.`
          ) : (
            <>
              No connection is saved yet. <Link href="/connections/new">Create a connection</Link> first, or choose all connections.
            </>
          )}
        </p>
      )}
      <ul className={styles.checkboxes}>
        {found.map((connection) => (
          <li key={connection.id}>
            <input
              type="checkbox"
              id={boxId(connection.id)}
              checked={chosen.includes(connection.id)}
              onChange={(event) => toggle(connection, event.currentTarget.checked)}
              aria-invalid={invalid}
              aria-describedby={`${boxId(connection.id)}-store`}
            />
            <label htmlFor={boxId(connection.id)}>{connection.name}</label>
            <span id={`${boxId(connection.id)}-store`} className={pageStyles.muted}>
              {' '}
              store {connection.storeHash}
            </span>
          </li>
        ))}
      </ul>
      {search.hasNextPage && (
        <Button onClick={() => void search.fetchNextPage()} busy={search.isFetchingNextPage}>
          {search.isFetchingNextPage ? 'Loading more…' : 'Show more connections'}
        </Button>
      )}
    </fieldset>
  );
}
