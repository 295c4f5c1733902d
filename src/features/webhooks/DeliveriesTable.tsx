import { cx } from '../../lib/classNames';
import { dateFormat } from '../../lib/dateFormat';
import { Button } from '../../ui/Button';
import type { Delivery, Webhook } from '../connections/schema';
import { deliveryStateText } from './webhookText';
import table from '../../ui/DataTable.module.css';
import styles from './WebhooksPage.module.css';

const when = dateFormat('en', { dateStyle: 'medium', timeStyle: 'medium' });
const at = (timestamp: string) => <time dateTime={timestamp}>{when.format(new Date(timestamp))}</time>;

/** The columns, in order; a card (below the breakpoint) labels a cell by its column's name (data-label). */
const columns = { type: 'Event', created: 'Created', attempts: 'Attempts', status: 'Last status', duration: 'Duration', state: 'State' } as const;

export interface DeliveriesTableProps {
  webhook: Webhook;
  deliveries: readonly Delivery[];
  /** The delivery being sent again, if any. */
  resending: string | null;
  onResend: (delivery: Delivery) => void;
}

/** The endpoint's deliveries, newest first, each with Resend. */
export function DeliveriesTable({ webhook, deliveries, resending, onResend }: DeliveriesTableProps) {
  return (
    <div className={table.wrap}>
      <table className={cx(table.table, styles.deliveries)}>
        <caption className="visually-hidden">Deliveries to {webhook.url}, newest first</caption>
        <thead>
          <tr>
            {Object.values(columns).map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {deliveries.map((delivery) => {
            const last = delivery.attempts.at(-1);
            return (
              <tr key={delivery.id}>
                <th scope="row" data-label={columns.type}>
                  <code>{delivery.type}</code>
                </th>
                <td data-label={columns.created}>{at(delivery.createdAt)}</td>
                <td data-label={columns.attempts}>{delivery.attempts.length}</td>
                <td data-label={columns.status}>
                  <LastStatus delivery={delivery} />
                </td>
                <td data-label={columns.duration}>{last ? `${last.durationMs} ms` : '—'}</td>
                <td data-label={columns.state}>
                  <span className={styles.deliveryState} data-state={delivery.state}>
                    {deliveryStateText[delivery.state]}
                  </span>
                </td>
                <td>
                  <Button variant="quiet" busy={resending === delivery.id} onClick={() => onResend(delivery)}>
                    Resend
                    <span className="visually-hidden">
                      {' '}
                      {delivery.type} of {when.format(new Date(delivery.createdAt))}
                    </span>
                  </Button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** The last answer (its HTTP status, or why there was none) and, while pending, when it is tried next. */
function LastStatus({ delivery }: { delivery: Delivery }) {
  const last = delivery.attempts.at(-1);
  const next = delivery.state === 'pending' ? delivery.nextAttemptAt : null;
  if (!last) return next ? <>Pending — next try {at(next)}</> : <>Pending</>;
  return (
    <>
      {last.status !== null ? `HTTP ${last.status}` : last.error}
      {next && <span className={styles.nextTry}> Next try {at(next)}</span>}
    </>
  );
}
