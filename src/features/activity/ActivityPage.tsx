import { useInfiniteQuery } from '@tanstack/react-query';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { Button } from '../../ui/Button';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeading } from '../../ui/PageHeading';
import { listActivityQuery } from './api/listActivity';
import { ActivityTable } from './ActivityTable';
import { describeRequestFailure } from '../../lib/requestFailure';
import styles from './ActivityPage.module.css';

const headingId = 'activity-heading';

/** "Activity" (/activity): who created, changed, tested, authorized or deleted what, and when. */
export function ActivityPage() {
  useDocumentTitle('Activity');
  const query = useInfiniteQuery(listActivityQuery());
  const entries = query.data?.pages.flatMap((page) => page.entries) ?? [];

  return (
    <section aria-labelledby={headingId} className={styles.page}>
      <PageHeading id={headingId}>Activity</PageHeading>
      <p className={styles.intro}>What was done on this server, newest first. Secrets are never recorded.</p>
      {query.isPending && (
        <p role="status" className={styles.muted}>
          Loading the activity…
        </p>
      )}
      {query.isError && (
        <ErrorAlert onRetry={() => void query.refetch()} retrying={query.isFetching}>
          Could not load {query.data ? 'more of ' : ''}the activity. {describeRequestFailure(query.error)}
        </ErrorAlert>
      )}
      {query.data && entries.length === 0 && <p>Nothing has been recorded yet.</p>}
      {entries.length > 0 && <ActivityTable entries={entries} />}
      {/* Polite, and in the page before its message: screen readers hear how many rows there are now. */}
      <p role="status" className="visually-hidden">
        {query.data && query.data.pages.length > 1 ? `${entries.length} entries shown.` : ''}
      </p>
      {query.hasNextPage && (
        <div className={styles.more}>
          <Button onClick={() => void query.fetchNextPage()} busy={query.isFetchingNextPage}>
            {query.isFetchingNextPage ? 'Loading older entries…' : 'Show older'}
          </Button>
        </div>
      )}
    </section>
  );
}
