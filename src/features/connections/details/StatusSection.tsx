import { dateFormat } from '../../../lib/dateFormat';
import type { Connection } from '../schema';
import { ConnectionStatusCell } from '../list/ConnectionStatusCell';
import { DetailsSection } from './DetailsSection';
import styles from './ConnectionDetailsPage.module.css';

const dateTime = dateFormat('en', { dateStyle: 'medium', timeStyle: 'medium' });

/** Whether it works (as the list says it, with what to do), the whole reason, and when it was last checked. */
export function StatusSection({ connection }: { connection: Connection }) {
  const { checkedAt, reason } = connection.status;
  return (
    <DetailsSection id="connection-status" title="Status">
      <dl className={styles.facts}>
        <dt>Status</dt>
        <dd>
          <ConnectionStatusCell connection={connection} />
        </dd>
        {reason && (
          <>
            <dt>Details</dt>
            <dd>{reason}</dd>
          </>
        )}
        <dt>Last checked</dt>
        <dd>{checkedAt ? <time dateTime={checkedAt}>{dateTime.format(new Date(checkedAt))}</time> : 'Never'}</dd>
      </dl>
    </DetailsSection>
  );
}
