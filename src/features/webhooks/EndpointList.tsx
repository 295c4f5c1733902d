import { useEffect, useRef, useState } from 'react';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { useStatus } from '../../ui/StatusMessage';
import type { Webhook } from '../connections/schema';
import { useDeleteWebhook } from './api/deleteWebhook';
import { webhookRequestFailure } from './api/failure';
import { rotateWebhookSecret, type WebhookWithSecret } from './api/rotateWebhookSecret';
import { EndpointCard } from './EndpointCard';
import styles from './WebhooksPage.module.css';

export interface EndpointListProps {
  webhooks: readonly Webhook[];
  /** The new secret, for the page to show once. */
  onRotated: (rotated: WebhookWithSecret) => void;
  onDeleted: () => void;
}

type Question = { action: 'delete' | 'rotate'; webhook: Webhook };

/** The endpoints, oldest first, and the two questions their actions ask first (Rotate secret, Delete). */
export function EndpointList({ webhooks, onRotated, onDeleted }: EndpointListProps) {
  const { announce } = useStatus();
  const [asking, setAsking] = useState<Question | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [rotating, setRotating] = useState(false);
  const remove = useDeleteWebhook();
  const busy = rotating || remove.isPending;
  // What follows an answer moves focus (the new secret's heading, the list's): only once the dialog
  // has closed and given focus back, or the dialog would take it again.
  const afterClose = useRef<(() => void) | null>(null);
  useEffect(() => {
    const next = afterClose.current;
    if (asking || !next) return;
    afterClose.current = null;
    next();
  }, [asking]);
  const ask = (action: Question['action'], webhook: Webhook) => {
    setError(null);
    setAsking({ action, webhook });
  };

  const confirm = async () => {
    if (!asking || busy) return;
    const { action, webhook } = asking;
    setError(null);
    try {
      if (action === 'delete') {
        await remove.mutateAsync(webhook.id);
        announce(`Webhook endpoint ${webhook.url} deleted. Nothing more is sent to it.`);
        afterClose.current = onDeleted;
      } else {
        setRotating(true);
        // Directly, not through a mutation: the secret must not stay in a cache.
        const rotated = await rotateWebhookSecret(webhook.id);
        afterClose.current = () => onRotated(rotated);
      }
      setAsking(null);
    } catch (failure) {
      setError(`${action === 'delete' ? 'The endpoint was not deleted.' : 'The secret was not rotated.'} ${webhookRequestFailure(failure).message}`);
    } finally {
      setRotating(false);
      remove.reset();
    }
  };

  const url = asking?.webhook.url;
  return (
    <>
      <ul className={styles.endpoints}>
        {webhooks.map((webhook) => (
          <li key={webhook.id}>
            <EndpointCard webhook={webhook} onRotate={() => ask('rotate', webhook)} onDelete={() => ask('delete', webhook)} />
          </li>
        ))}
      </ul>
      <ConfirmDialog
        open={asking?.action === 'delete'}
        title="Delete webhook endpoint?"
        confirmLabel="Delete"
        busyLabel="Deleting…"
        busy={busy}
        error={error}
        onConfirm={() => void confirm()}
        onCancel={() => setAsking(null)}
      >
        <p>Delete the endpoint {url}? Nothing more is sent to it, events still waiting for it are dropped, and its delivery log goes too. This cannot be undone.</p>
      </ConfirmDialog>
      <ConfirmDialog
        open={asking?.action === 'rotate'}
        title="Rotate the signing secret?"
        confirmLabel="Rotate secret"
        busyLabel="Rotating…"
        busy={busy}
        error={error}
        onConfirm={() => void confirm()}
        onCancel={() => setAsking(null)}
      >
        <p>Give {url} a new signing secret? The old one stops signing at once: until the receiver has the new one, it will reject the events it gets.</p>
      </ConfirmDialog>
    </>
  );
}
