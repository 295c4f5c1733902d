import { dateFormat } from '../../../lib/dateFormat';
import type { Connection } from '../schema';
import { DetailsSection } from './DetailsSection';
import { authTypeLabel } from './detailsModel';
import styles from './ConnectionDetailsPage.module.css';

const dateTime = dateFormat('en', { dateStyle: 'medium', timeStyle: 'short' });

/** What the connection is: its auth type and store, and when it was made and last changed. */
export function OverviewSection({ connection }: { connection: Connection }) {
  return (
    <DetailsSection id="connection-overview" title="Overview">
      <dl className={styles.facts}>
        <dt>Auth type</dt>
        <dd>{authTypeLabel[connection.authType]}</dd>
        <dt>Store</dt>
        <dd>
          {/* The store's name is known once a test or an authorization has read it. */}
          {connection.storeName ?? <span className={styles.muted}>Not known yet: a test or an authorization reads it</span>}
        </dd>
        <dt>Store hash</dt>
        <dd>
          <code>{connection.storeHash}</code>
        </dd>
        <dt>Created</dt>
        <dd>
          <time dateTime={connection.createdAt}>{dateTime.format(new Date(connection.createdAt))}</time>
        </dd>
        <dt>Last changed</dt>
        <dd>
          <time dateTime={connection.updatedAt}>{dateTime.format(new Date(connection.updatedAt))}</time>
        </dd>
      </dl>
    </DetailsSection>
  );
}
