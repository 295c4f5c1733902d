import type { ActivityEntry } from '../connections/schema';
import { actionText, actorText, outcomeText } from './activityText';
import { dateFormat } from '../../lib/dateFormat';
import dataTable from '../../ui/DataTable.module.css';
import styles from './ActivityPage.module.css';

const when = dateFormat('en', { dateStyle: 'medium', timeStyle: 'medium' });

/** The columns, in order; a card (below the breakpoint) labels a cell by its column's name (data-label). */
const columns = { when: 'When', who: 'Who', what: 'What', subject: 'Connection or client', outcome: 'Outcome', detail: 'Detail' } as const;

/** The log, newest first: when, who, what, which connection, outcome, detail. A card per entry on a narrow screen (DataTable.module.css). */
export function ActivityTable({ entries }: { entries: readonly ActivityEntry[] }) {
  return (
    <div className={dataTable.wrap}>
      <table className={`${dataTable.table} ${styles.table}`}>
        <caption className="visually-hidden">Activity, newest first</caption>
        <thead>
          <tr>
            {Object.values(columns).map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id}>
              <td className={styles.when} data-label={columns.when}>
                <time dateTime={entry.at}>{when.format(new Date(entry.at))}</time>
              </td>
              <td className={styles.who} data-label={columns.who}>
                {actorText(entry)}
              </td>
              <td data-label={columns.what}>{actionText[entry.action]}</td>
              <td data-label={columns.subject}>{entry.subject ? entry.subject.name : <span className={styles.muted}>—</span>}</td>
              <td data-label={columns.outcome}>
                <span className={styles.outcome} data-outcome={entry.outcome}>
                  {outcomeText[entry.outcome]}
                </span>
              </td>
              <td data-label={columns.detail}>{entry.detail ?? <span className={styles.muted}>—</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
