import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { useCallback, useMemo, useRef, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { buttonClassName } from '../../../ui/Button';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PageHeading } from '../../../ui/PageHeading';
import { useStatus } from '../../../ui/StatusMessage';
import { describeError, listConnectionsQuery, loadedConnections, statusRefreshMs, useDeleteConnection } from '../api';
import type { Connection } from '../schema';
import { AttentionSummary } from './AttentionSummary';
import { ShowMore } from './ShowMore';
import { ConnectionsTable } from './ConnectionsTable';
import { ListControls } from './ListControls';
import { isFiltered, statesOf } from './listFilter';
import { ListResults } from './ListResults';
import { useListFilter } from './useListFilter';
import { useShowMore } from './useShowMore';
import { leadsTo } from '../../../lib/leadsTo';
import styles from './ConnectionsPage.module.css';

const headingId = 'connections-heading';

/** The home page: the saved connections, with create, edit and delete. */
export function ConnectionsPage() {
  useDocumentTitle('Connections');
  const [, navigate] = useLocation();
  const { announce } = useStatus();
  const [filter, setFilter] = useListFilter();
  const apiFilter = useMemo(() => ({ q: filter.q, status: statesOf(filter.health) }), [filter]);
  // The 15 s refresh of an infinite query asks again for the pages loaded, the ones on screen, in turn.
  // While a new search loads, the rows of the last one stay (marked busy) instead of a "Loading…".
  const query = useInfiniteQuery({ ...listConnectionsQuery(apiFilter), refetchInterval: statusRefreshMs, placeholderData: keepPreviousData });
  const connections = useMemo(() => loadedConnections(query.data), [query.data]);
  const { tableRef, showMore } = useShowMore(query, connections.length);
  const searchRef = useRef<HTMLInputElement>(null);
  const remove = useDeleteConnection();
  const [pendingDelete, setPendingDelete] = useState<Connection | null>(null);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const headingRef = useRef<HTMLDivElement>(null);
  // Stable, so the memoised table does not re-render when only the dialog state changes.
  const edit = useCallback((connection: Connection) => navigate(`/connections/${encodeURIComponent(connection.id)}/edit`), [navigate]);
  const askDelete = useCallback((connection: Connection) => {
    setDeleteError(null);
    setPendingDelete(connection);
  }, []);

  const confirmDelete = async () => {
    const target = pendingDelete;
    if (!target || remove.isPending) return;
    setDeleteError(null);
    try {
      await remove.mutateAsync(target.id);
      setPendingDelete(null);
      announce(`Connection "${target.name}" deleted.`);
      // The row (and its button) is gone: put focus somewhere sensible.
      headingRef.current?.querySelector('h1')?.focus();
    } catch (error) {
      setDeleteError(`The connection was not deleted. ${describeError(error)}`);
    } finally {
      remove.reset();
    }
  };

  return (
    <section aria-labelledby={headingId} className={styles.page}>
      <div className={styles.header} ref={headingRef}>
        <PageHeading id={headingId}>Connections</PageHeading>
        {/* A link: before the app runs it loads the prerendered form, after that the router shows it. */}
        <Link href="/connections/new" className={buttonClassName('primary')} {...leadsTo('panel')}>
          Create connection
        </Link>
      </div>
      {/* Part of the prerendered page, so the page's largest text paints with it, not with the list. */}
      <p className={styles.intro}>
        A connection lets your integrations reach a BigCommerce store: the store&apos;s hash and the credentials to sign in with,
        from an OAuth 2.0 app or a store-level API account. Test a connection here before an integration relies on it.
      </p>

      {query.isPending && (
        <p role="status" className={styles.muted}>
          Loading connections…
        </p>
      )}
      {query.isError && !query.isFetchNextPageError && (
        <ErrorAlert onRetry={() => void query.refetch()} retrying={query.isFetching}>
          Could not load the connections{query.data ? ' again; the list below may be out of date' : ''}. {describeError(query.error)}
        </ErrorAlert>
      )}
      {query.data && connections.length === 0 && !isFiltered(filter) && !query.isPlaceholderData ? (
        <div className={styles.empty}>
          <h2 className={styles.emptyTitle}>No connections yet</h2>
          <p>Create your first one to get started.</p>
          <Link href="/connections/new" className={buttonClassName()} {...leadsTo('panel')}>
            Create your first connection
          </Link>
        </div>
      ) : (
        <>
          <AttentionSummary />
          <ListControls filter={filter} onChange={setFilter} searchRef={searchRef} />
          <ListResults
            filter={filter}
            count={query.data ? connections.length : null}
            busy={query.isPlaceholderData}
            onClear={() => {
              setFilter({ q: '', health: [] });
              searchRef.current?.focus();
            }}
          >
            <div ref={tableRef}>
              <ConnectionsTable connections={connections} onEdit={edit} onDelete={askDelete} />
            </div>
          </ListResults>
          <ShowMore
            hasMore={query.hasNextPage && !query.isPlaceholderData}
            loading={query.isFetchingNextPage}
            error={query.isFetchNextPageError ? query.error : null}
            onShowMore={showMore}
          />
        </>
      )}

      <ConfirmDialog
        open={pendingDelete !== null}
        title="Delete connection?"
        confirmLabel="Delete"
        busyLabel="Deleting…"
        busy={remove.isPending}
        error={deleteError}
        onConfirm={() => void confirmDelete()}
        onCancel={() => setPendingDelete(null)}
      >
        <p>
          Delete the connection “{pendingDelete?.name}”? Integrations that use it will stop working. This cannot be undone.
        </p>
      </ConfirmDialog>
    </section>
  );
}
