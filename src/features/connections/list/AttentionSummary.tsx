import { Fragment } from 'react';
import { Link } from 'wouter';
import type { Connection } from '../schema';
import { needsAttention } from '../status/statusModel';
import { connectionPath } from './ConnectionsTable';
import styles from './ConnectionsPage.module.css';

/** At the top of the list: how many connections need attention, each linked to its page (which says what to do). */
export function AttentionSummary({ connections }: { connections: readonly Connection[] }) {
  const broken = connections.filter(needsAttention);
  if (broken.length === 0) return null;
  const count = broken.length === 1 ? '1 connection needs attention' : `${broken.length} connections need attention`;
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
        . Each one’s page says what to do.
      </p>
    </section>
  );
}
