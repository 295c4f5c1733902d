import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { useStatus } from '../../ui/StatusMessage';
import type { Delivery, Webhook } from '../connections/schema';
import { webhookRequestFailure } from './api/failure';
import { webhookKeys } from './api/keys';
import { listDeliveriesQuery } from './api/listDeliveries';
import { useResendDelivery } from './api/resendDelivery';
import { DeliveriesTable } from './DeliveriesTable';
import pageStyles from '../../ui/Page.module.css';
import styles from './WebhooksPage.module.css';

export interface DeliveryLogProps {
  webhook: Webhook;
  open: boolean;
  onToggle: (open: boolean) => void;
}

/** "Delivery log": a disclosure; its deliveries are asked for only while it is open. */
export function DeliveryLog({ webhook, open, onToggle }: DeliveryLogProps) {
  const regionId = `webhook-${webhook.id}-log`;
  return (
    <div className={styles.log}>
      <button type="button" className={styles.logToggle} aria-expanded={open} aria-controls={regionId} onClick={() => onToggle(!open)}>
        <svg className={styles.chevron} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <path d="M6 4l4 4-4 4" fill="none" stroke="currentColor" strokeWidth="2" />
        </svg>
        Delivery log<span className="visually-hidden"> of {webhook.url}</span>
      </button>
      <div id={regionId} hidden={!open}>
        {open && <Deliveries webhook={webhook} />}
      </div>
    </div>
  );
}

function Deliveries({ webhook }: { webhook: Webhook }) {
  const queryClient = useQueryClient();
  const { announce } = useStatus();
  const deliveries = useQuery(listDeliveriesQuery(webhook.id));
  const resend = useResendDelivery();

  // Each new attempt may change the endpoint's state (failing since, disabled): the list is asked again.
  const attempts = deliveries.data?.reduce((sum, delivery) => sum + delivery.attempts.length, 0);
  const seen = useRef(attempts);
  useEffect(() => {
    if (attempts === undefined || attempts === seen.current) return;
    seen.current = attempts;
    void queryClient.invalidateQueries({ queryKey: webhookKeys.list() });
  }, [attempts, queryClient]);

  const onResend = (delivery: Delivery) =>
    resend.mutate(
      { id: webhook.id, deliveryId: delivery.id },
      {
        onSuccess: () => announce(`The ${delivery.type} event is sent again to ${webhook.url}, as a new delivery.`),
        onError: (error) => announce(`The event was not sent again. ${webhookRequestFailure(error).message}`, 'warning'),
      },
    );

  if (deliveries.isPending) {
    return (
      <p role="status" className={pageStyles.muted}>
        Loading the deliveries…
      </p>
    );
  }
  if (deliveries.isError) {
    return (
      <ErrorAlert onRetry={() => void deliveries.refetch()} retrying={deliveries.isFetching}>
        Could not load the deliveries. {webhookRequestFailure(deliveries.error).message}
      </ErrorAlert>
    );
  }
  if (deliveries.data.length === 0) return <p className={pageStyles.muted}>Nothing sent yet. Send a test event to try the endpoint.</p>;
  return <DeliveriesTable webhook={webhook} deliveries={deliveries.data} resending={resend.isPending ? resend.variables.deliveryId : null} onResend={onResend} />;
}
