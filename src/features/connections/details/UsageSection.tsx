import { useQuery } from '@tanstack/react-query';
import { Fragment } from 'react';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { connectionUsageQuery, describeError } from '../api';
import { DetailsSection } from './DetailsSection';
import { usageRows } from './detailsModel';
import styles from './ConnectionDetailsPage.module.css';

/** The server: the proxy's calls with this connection in the last 24 hours, and how the store's quota treated them. */
export function UsageSection({ connectionId }: { connectionId: string }) {
  const query = useQuery(connectionUsageQuery(connectionId));
  return (
    <DetailsSection id="connection-usage" title="Usage">
      <p className={styles.muted}>
        Calls through the proxy in the last 24 hours. A 429 the caller got is BigCommerce’s that could not be waited out, or the proxy’s own: the
        call could not go within its X-Proxy-Max-Wait, or its key reached its limit per minute.
      </p>
      {query.isPending ? (
        <p role="status" className={styles.muted}>
          Loading the usage…
        </p>
      ) : query.isError ? (
        <ErrorAlert onRetry={() => void query.refetch()} retrying={query.isFetching}>
          Could not load the usage. {describeError(query.error)}
        </ErrorAlert>
      ) : (
        <dl className={styles.facts}>
          {usageRows(query.data).map(({ term, value }) => (
            <Fragment key={term}>
              <dt>{term}</dt>
              <dd>{value}</dd>
            </Fragment>
          ))}
        </dl>
      )}
    </DetailsSection>
  );
}
