import { dateFormat } from '../../lib/dateFormat';
import type { Webhook } from '../connections/schema';
import styles from './WebhooksPage.module.css';

const when = dateFormat('en', { dateStyle: 'medium', timeStyle: 'short' });

const at = (timestamp: string) => <time dateTime={timestamp}>{when.format(new Date(timestamp))}</time>;

/** Active, failing since when, or disabled (and how to start it again). */
export function EndpointState({ webhook }: { webhook: Webhook }) {
  if (webhook.disabledAt) {
    return (
      <span className={styles.disabled}>
        <strong>Disabled {at(webhook.disabledAt)}</strong>: deliveries failed for 3 days. Save it again to resume.
      </span>
    );
  }
  if (webhook.failingSince) return <span className={styles.failing}>Failing since {at(webhook.failingSince)}</span>;
  return <span className={styles.active}>Active</span>;
}
