import { Button } from '../../../ui/Button';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { describeError } from '../api';
import styles from './ConnectionsPage.module.css';

interface ShowMoreProps {
  hasMore: boolean;
  loading: boolean;
  error: unknown;
  onShowMore: () => void;
}

/** "Show more" under the list while the backend has another page; a failure to load it is said here, where the person asked. */
export function ShowMore({ hasMore, loading, error, onShowMore }: ShowMoreProps) {
  if (!hasMore) return null;
  return (
    <div className={styles.more}>
      {error !== null && !loading && <ErrorAlert>Could not load more connections. {describeError(error)}</ErrorAlert>}
      <Button onClick={onShowMore} busy={loading}>
        {loading ? 'Loading more…' : 'Show more'}
      </Button>
    </div>
  );
}
