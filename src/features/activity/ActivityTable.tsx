import type { ActivityEntry } from '../connections/schema';
import { actionText, actorText, outcomeText } from './activityText';
import { dateFormat } from '../../lib/dateFormat';
import styles from './ActivityPage.module.css';

const when = dateFormat('en', { dateStyle: 'medium', timeStyle: 'medium' });

/** The log, newest first: when, who, what, which connection, outcome, detail. */
export function ActivityTable({ entries }: { entries: readonly ActivityEntry[] }) {
  return (
    <div className={styles.tableWrap}>
      <table className={styles.table}>
        <caption className="visually-hidden">Activity, newest first</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Who</th>
            <th scope="col">What</th>
            <th scope="col">Connection or client</th>
            <th scope="col">Outcome</th>
            <th scope="col">Detail</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id}>
              <td className={styles.when}>
                <time dateTime={entry.at}>{when.format(new Date(entry.at))}</time>
              </td>
              <td className={styles.who}>{actorText(entry)}</td>
              <td>{actionText[entry.action]}</td>
              <td>{entry.subject ? entry.subject.name : <span className={styles.muted}>—</span>}</td>
              <td>
                <span className={styles.outcome} data-outcome={entry.outcome}>
                  {outcomeText[entry.outcome]}
                </span>
              </td>
              <td>{entry.detail ?? <span className={styles.muted}>—</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
