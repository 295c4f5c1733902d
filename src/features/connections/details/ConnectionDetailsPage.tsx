import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'wouter';
import { HttpError } from '../../../lib/http';
import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PageHeading } from '../../../ui/PageHeading';
import { describeError, getConnectionQuery, statusRefreshMs } from '../api';
import { ConnectionDetails } from './ConnectionDetails';
import styles from './ConnectionDetailsPage.module.css';

const headingId = 'connection-details-heading';

/** A connection's own page (/connections/:id): what it is, whether it works, and how to use it. */
export function ConnectionDetailsPage({ id }: { id: string }) {
  const queryClient = useQueryClient();
  // Once it is being deleted, the page stops asking for it (the answer would be a 404).
  const [deleting, setDeleting] = useState(false);
  const query = useQuery({ ...getConnectionQuery(id, queryClient), enabled: !deleting, refetchInterval: statusRefreshMs });
  const notFound = query.error instanceof HttpError && query.error.status === 404;
  const title = query.data?.name ?? (notFound ? 'Connection not found' : 'Connection');
  useDocumentTitle(title);

  return (
    <section aria-labelledby={headingId} className={styles.page}>
      <PageHeading id={headingId}>{title}</PageHeading>
      {query.data ? (
        <ConnectionDetails connection={query.data} onDeleting={setDeleting} />
      ) : notFound ? (
        <div>
          <p>There is no connection with this ID. It may have been deleted, or the link may be wrong.</p>
          <Link href="/">Back to connections</Link>
        </div>
      ) : query.isError ? (
        <ErrorAlert onRetry={() => void query.refetch()} retrying={query.isFetching}>
          Could not load the connection. {describeError(query.error)}
        </ErrorAlert>
      ) : (
        <p role="status" className={styles.muted}>
          Loading the connection…
        </p>
      )}
    </section>
  );
}
