import { useState } from 'react';
import { Link, useLocation } from 'wouter';
import { leadsTo } from '../../../lib/leadsTo';
import { Button, buttonClassName } from '../../../ui/Button';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { useStatus } from '../../../ui/StatusMessage';
import { describeError, useDeleteConnection } from '../api';
import type { Connection } from '../schema';
import { RowTestButton } from '../test/RowTestButton';
import styles from './ConnectionDetailsPage.module.css';

export interface ConnectionActionsProps {
  connection: Connection;
  onDeleting: (deleting: boolean) => void;
}

/** Check now (a test: the result in the app's status message, the status section updated), Edit, and Delete (asked first, then back to the list). */
export function ConnectionActions({ connection, onDeleting }: ConnectionActionsProps) {
  const [, navigate] = useLocation();
  const { announce } = useStatus();
  const remove = useDeleteConnection();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const confirmDelete = async () => {
    if (remove.isPending) return;
    setError(null);
    onDeleting(true);
    try {
      await remove.mutateAsync(connection.id);
      announce(`Connection "${connection.name}" deleted.`);
      navigate('/');
    } catch (failure) {
      onDeleting(false);
      setError(`The connection was not deleted. ${describeError(failure)}`);
      remove.reset();
    }
  };

  return (
    <div className={styles.actions}>
      <RowTestButton connection={connection} label="Check now" busyLabel="Checking…" />
      <Link href={`/connections/${encodeURIComponent(connection.id)}/edit`} className={buttonClassName()} {...leadsTo('panel')}>
        Edit
      </Link>
      <Button
        variant="quiet"
        onClick={() => {
          setError(null);
          setConfirming(true);
        }}
      >
        Delete
      </Button>
      <ConfirmDialog
        open={confirming}
        title="Delete connection?"
        confirmLabel="Delete"
        busyLabel="Deleting…"
        busy={remove.isPending}
        error={error}
        onConfirm={() => void confirmDelete()}
        onCancel={() => setConfirming(false)}
      >
        <p>Delete the connection “{connection.name}”? Integrations that use it will stop working. This cannot be undone.</p>
      </ConfirmDialog>
    </div>
  );
}
