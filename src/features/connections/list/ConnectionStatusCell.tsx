import { Fragment } from 'react';
import { useNow } from '../../../lib/useNow';
import type { Connection } from '../schema';
import { attentionAction, attentionCause, authorizationLine, checkedAgo, healthLabel, healthOf } from '../status/statusModel';
import styles from './ConnectionsPage.module.css';

const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * "Needs attention: BigCommerce refused the token", what to do about it, when it was checked;
 * and, apart from whether it works, what an OAuth 2.0 authorization granted.
 */
export function ConnectionStatusCell({ connection }: { connection: Connection }) {
  const now = useNow(30_000);
  const health = healthOf(connection.status);
  const cause = attentionCause(connection);
  const action = attentionAction(connection);
  const checked = checkedAgo(connection.status.checkedAt, now);
  const authorization = authorizationLine(connection);
  const connectedTo = health === 'working' && connection.storeName ? `Connected to ${connection.storeName}` : undefined;
  return (
    <>
      <span className={styles.status} data-health={health}>
        {healthLabel[health]}
      </span>
      {cause && (
        <span className={styles.cause}>
          <span className="visually-hidden">: </span>
          {sentence(cause)}.
        </span>
      )}
      {[action, connectedTo, checked && sentence(checked), authorization].map(
        // A space before each line: they are blocks to the eye, and words apart to a screen reader.
        (line) =>
          line && (
            <Fragment key={line}>
              {' '}
              <span className={styles.reason}>{line}</span>
            </Fragment>
          ),
      )}
    </>
  );
}
