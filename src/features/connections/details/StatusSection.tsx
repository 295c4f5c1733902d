import { dateFormat } from '../../../lib/dateFormat';
import type { Connection } from '../schema';
import { ConnectionStatusCell } from '../list/ConnectionStatusCell';
import { DetailsSection } from './DetailsSection';
import styles from './ConnectionDetailsPage.module.css';

const dateTime = dateFormat('en', { dateStyle: 'medium', timeStyle: 'medium' });

/** Whether it works: the status as the list shows it (with its reason), and when it was last checked. */
export function StatusSection({ connection }: { connection: Connection }) {
  const { checkedAt } = connection.status;
  return (
    <DetailsSection id="connection-status" title="Status">
      <dl className={styles.facts}>
        <dt>Status</dt>
        <dd>
          <ConnectionStatusCell connection={connection} />
        </dd>
        <dt>Last checked</dt>
        <dd>{checkedAt ? <time dateTime={checkedAt}>{dateTime.format(new Date(checkedAt))}</time> : 'Never'}</dd>
      </dl>
    </DetailsSection>
  );
}
