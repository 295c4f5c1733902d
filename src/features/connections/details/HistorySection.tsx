import { useQuery } from '@tanstack/react-query';
import { dateFormat } from '../../../lib/dateFormat';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { describeError, statusHistoryQuery } from '../api';
import { changeText, sourceLabel } from '../status/statusModel';
import { DetailsSection } from './DetailsSection';
import styles from './ConnectionDetailsPage.module.css';
import table from '../../../ui/DataTable.module.css';

const when = dateFormat('en', { dateStyle: 'medium', timeStyle: 'medium' });

/** The server: every change of its status in the last 30 days, newest first: when, from what to what, why, and what noticed it. */
export function HistorySection({ connectionId }: { connectionId: string }) {
  const query = useQuery(statusHistoryQuery(connectionId));
  return (
    <DetailsSection id="connection-history" title="Status history">
      <p className={styles.muted}>Changes of its status in the last 30 days, newest first. The server checks it in the background too.</p>
      {query.isPending ? (
        <p role="status" className={styles.muted}>
          Loading the history…
        </p>
      ) : query.isError ? (
        <ErrorAlert onRetry={() => void query.refetch()} retrying={query.isFetching}>
          Could not load the history. {describeError(query.error)}
        </ErrorAlert>
      ) : query.data.length === 0 ? (
        <p>No changes in the last 30 days.</p>
      ) : (
        <table className={table.table}>
          <caption className="visually-hidden">Status changes, newest first</caption>
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Change</th>
              <th scope="col">Why</th>
              <th scope="col">Noticed by</th>
            </tr>
          </thead>
          <tbody>
            {query.data.map((change) => (
              <tr key={change.id}>
                <td data-label="When">
                  <time dateTime={change.at}>{when.format(new Date(change.at))}</time>
                </td>
                <td data-label="Change">{changeText(change)}</td>
                <td data-label="Why">{change.reason ?? '—'}</td>
                <td data-label="Noticed by">{sourceLabel[change.source]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </DetailsSection>
  );
}
