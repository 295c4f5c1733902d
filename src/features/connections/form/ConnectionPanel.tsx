import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Link, useLocation } from 'wouter';
import { HttpError } from '../../../lib/http';
import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PageHeading } from '../../../ui/PageHeading';
import { useStatus } from '../../../ui/StatusMessage';
import { describeError, getConnectionQuery } from '../api';
import type { Connection } from '../schema';
import { ConnectionForm } from './ConnectionForm';
import { preloadSectionParts } from './lazyParts';
import { savedAnnouncement } from '../test/connectionTestModel';
import { ConnectionGuideLayout, GuideTopSlot } from '../guides/ConnectionGuideLayout';
import styles from './ConnectionPanel.module.css';

export type ConnectionPanelProps = { mode: 'create' } | { mode: 'edit'; id: string };

const headingId = 'connection-panel-heading';

/**
 * The Create / Edit connection panel (routes /connections/new and /connections/:id/edit).
 * Beside it stands the setup guide, which the form portals into ConnectionGuideLayout's column,
 * or on a narrow screen to the top of the panel, under its heading (GuideTopSlot).
 */
export function ConnectionPanel(props: ConnectionPanelProps) {
  const title = props.mode === 'edit' ? 'Edit connection' : 'Create connection';
  useDocumentTitle(title);
  return (
    <ConnectionGuideLayout>
      <section className={styles.panel} aria-labelledby={headingId}>
        <PageHeading id={headingId}>{title}</PageHeading>
        <GuideTopSlot />
        {props.mode === 'edit' ? <EditBody id={props.id} /> : <CreateBody />}
      </section>
    </ConnectionGuideLayout>
  );
}

function useFinish() {
  const [, navigate] = useLocation();
  const { announce } = useStatus();
  return {
    onSaved: (saved: Connection) => {
      const { message, tone } = savedAnnouncement(saved);
      announce(message, tone);
      navigate('/');
    },
    onCancel: () => navigate('/'),
  };
}

function CreateBody() {
  const finish = useFinish();
  return <ConnectionForm labelledBy={headingId} {...finish} />;
}

function EditBody({ id }: { id: string }) {
  const queryClient = useQueryClient();
  const finish = useFinish();
  const query = useQuery(getConnectionQuery(id, queryClient));
  // The saved connection's section shows once its parts are here: fetch them while it loads.
  useEffect(preloadSectionParts, []);

  if (query.isPending) {
    return (
      <p role="status" className={styles.loading}>
        Loading the connection…
      </p>
    );
  }
  if (query.isError) {
    if (query.error instanceof HttpError && query.error.status === 404) {
      return (
        <div className={styles.missing}>
          <p role="alert">This connection does not exist any more. It may have been deleted.</p>
          <Link href="/">Back to connections</Link>
        </div>
      );
    }
    return (
      <ErrorAlert onRetry={() => void query.refetch()} retrying={query.isFetching}>
        Could not load the connection. {describeError(query.error)}
      </ErrorAlert>
    );
  }
  return <ConnectionForm key={query.data.id} connection={query.data} labelledBy={headingId} {...finish} />;
}
