import { useInfiniteQuery } from '@tanstack/react-query';
import { Fragment } from 'react';
import { Link } from 'wouter';
import { listConnectionsQuery, statusRefreshMs } from '../api';
import { connectionPath } from './ConnectionsTable';
import { listFilterPath, statesOf } from './listFilter';
import styles from './ConnectionsPage.module.css';

/** Named at most this many; beyond, "and more" leads to the list filtered to them. */
export const attentionShown = 10;
const attentionHealth = ['attention', 'uninstalled'] as const;
const attentionFilter = { status: statesOf(attentionHealth), limit: attentionShown, count: true };

/** At the top of the list: which connections need attention, each linked to its page (which says what to do). */
export function AttentionSummary() {
  // Its own small query: the list on screen may be a search, or only its first page.
  const query = useInfiniteQuery({ ...listConnectionsQuery(attentionFilter), refetchInterval: statusRefreshMs });
  const page = query.data?.pages[0];
  if (!page || page.connections.length === 0) return null;
  const broken = page.connections;
  const more = page.nextCursor !== null;
  // A save edits the cached names at once and the total only when refetched: never say fewer than are named.
  const total = Math.max(page.total ?? 0, broken.length);
  const count = total === 1 ? '1 connection needs attention' : `${total} connections need attention`;
  return (
    <section aria-labelledby="attention-heading" className={styles.attention}>
      <h2 id="attention-heading" className={styles.attentionTitle}>
        {count}
      </h2>
      <p>
        {broken.map((connection, index) => (
          <Fragment key={connection.id}>
            {index > 0 && ', '}
            <Link href={connectionPath(connection.id)}>{connection.name}</Link>
          </Fragment>
        ))}
        {more && (
          <>
            {', '}
            <Link href={listFilterPath({ q: '', health: attentionHealth })}>
              and more<span className="visually-hidden"> connections that need attention</span>
            </Link>
          </>
        )}
        . Each one’s page says what to do.
      </p>
    </section>
  );
}
