import type { ReactNode } from 'react';
import { Button } from '../../../ui/Button';
import { isFiltered, noMatchText, showingText, type ListFilter } from './listFilter';
import styles from './ConnectionsPage.module.css';

interface ListResultsProps {
  filter: ListFilter;
  /** How many are loaded; null before the first page. */
  count: number | null;
  /** The rows are a previous search's while this one loads. */
  busy: boolean;
  onClear: () => void;
  /** The table. */
  children: ReactNode;
}

/**
 * The rows, or what matched nothing with a way back to every connection. "Showing N connections"
 * is a polite live region, in the page from the start: a search's result and each "Show more" are
 * heard without moving focus.
 */
export function ListResults({ filter, count, busy, onClear, children }: ListResultsProps) {
  const none = count === 0 && isFiltered(filter);
  return (
    <div aria-busy={busy || undefined}>
      <p role="status" className={none ? styles.noMatch : styles.showing}>
        {count === null || busy ? '' : none ? noMatchText(filter) : showingText(count)}
      </p>
      {none && !busy && (
        <Button onClick={onClear}>{filter.q.trim() ? 'Clear search' : 'Show all connections'}</Button>
      )}
      {count !== null && count > 0 && children}
    </div>
  );
}
