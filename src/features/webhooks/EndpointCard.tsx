import { useEffect, useRef, useState } from 'react';
import { dateFormat } from '../../lib/dateFormat';
import { Button } from '../../ui/Button';
import { useStatus } from '../../ui/StatusMessage';
import type { Webhook } from '../connections/schema';
import { webhookRequestFailure } from './api/failure';
import { useSendTestEvent } from './api/sendTestEvent';
import { useUpdateWebhook } from './api/updateWebhook';
import { DeliveryLog } from './DeliveryLog';
import { EndpointState } from './EndpointState';
import { WebhookForm } from './WebhookForm';
import { formValuesOf } from './webhookText';
import pageStyles from '../../ui/Page.module.css';
import styles from './WebhooksPage.module.css';

const when = dateFormat('en', { dateStyle: 'medium', timeStyle: 'short' });

export interface EndpointCardProps {
  webhook: Webhook;
  onRotate: () => void;
  onDelete: () => void;
}

/** One endpoint: its state and facts, its actions, its edit form when asked, its delivery log. */
export function EndpointCard({ webhook, onRotate, onDelete }: EndpointCardProps) {
  const { announce } = useStatus();
  const [editing, setEditing] = useState(false);
  const [logOpen, setLogOpen] = useState(false);
  const sendTest = useSendTestEvent();
  const update = useUpdateWebhook();
  const editButton = useRef<HTMLButtonElement>(null);
  const headingId = `webhook-${webhook.id}-heading`;
  const editHeadingId = `webhook-${webhook.id}-edit-heading`;
  const named = <span className="visually-hidden"> {webhook.url}</span>;

  const onSendTest = () =>
    sendTest.mutate(
      { id: webhook.id },
      {
        onSuccess: () => {
          setLogOpen(true);
          announce(`Test event sent to ${webhook.url}. Its delivery shows in the log.`);
        },
        onError: (error) => announce(`The test event was not sent to ${webhook.url}. ${webhookRequestFailure(error).message}`, 'warning'),
      },
    );
  const returnFocus = useRef(false);
  const stopEditing = () => {
    returnFocus.current = true;
    setEditing(false);
  };
  // Once the form is gone and the button is back (after the commit, however late it comes), focus
  // returns to the button that opened the form.
  useEffect(() => {
    if (editing || !returnFocus.current) return;
    returnFocus.current = false;
    editButton.current?.focus();
  }, [editing]);

  return (
    <article aria-labelledby={headingId} className={pageStyles.card}>
      <h3 id={headingId} className={styles.endpointUrl}>
        {webhook.url}
      </h3>
      <dl className={styles.facts}>
        <dt>State</dt>
        <dd>
          <EndpointState webhook={webhook} />
        </dd>
        <dt>Description</dt>
        <dd>{webhook.description ?? <span className={pageStyles.muted}>None</span>}</dd>
        <dt>Events</dt>
        <dd>
          <ul className={styles.events}>
            {webhook.events.map((type) => (
              <li key={type}>
                <code>{type}</code>
              </li>
            ))}
          </ul>
        </dd>
        <dt>Signing secret</dt>
        <dd>
          <code>{webhook.secretHint}</code>
        </dd>
        <dt>Created</dt>
        <dd>
          <time dateTime={webhook.createdAt}>{when.format(new Date(webhook.createdAt))}</time>
        </dd>
      </dl>
      {editing ? (
        <section aria-labelledby={editHeadingId} className={styles.editForm}>
          <h4 id={editHeadingId} className={pageStyles.subTitle}>
            Edit {webhook.url}
          </h4>
          <WebhookForm
            form={`webhook-${webhook.id}`}
            labelledBy={editHeadingId}
            defaultValues={formValuesOf(webhook)}
            submitLabel="Save endpoint"
            busyLabel="Saving…"
            failedText="The endpoint was not saved."
            onSubmit={async (input) => {
              const saved = await update.mutateAsync({ id: webhook.id, input });
              announce(`Webhook endpoint ${saved.url} saved.${webhook.disabledAt ? ' Events are sent to it again.' : ''}`);
              stopEditing();
            }}
          >
            <Button onClick={stopEditing}>Cancel</Button>
          </WebhookForm>
        </section>
      ) : (
        <div className={styles.actions}>
          <Button onClick={onSendTest} busy={sendTest.isPending}>
            {sendTest.isPending ? 'Sending…' : 'Send test event'}
            {named}
          </Button>
          <Button ref={editButton} onClick={() => setEditing(true)}>
            Edit{named}
          </Button>
          <Button onClick={onRotate}>Rotate secret{named}</Button>
          <Button variant="quiet" onClick={onDelete}>
            Delete{named}
          </Button>
        </div>
      )}
      <DeliveryLog webhook={webhook} open={logOpen} onToggle={setLogOpen} />
    </article>
  );
}
