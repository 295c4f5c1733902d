import { useQueries } from '@tanstack/react-query';
import { Fragment } from 'react';
import { Link } from 'wouter';
import { cx } from '../../lib/classNames';
import { dateFormat } from '../../lib/dateFormat';
import { Button } from '../../ui/Button';
import type { ApiKey } from '../connections/schema';
import { getConnectionQuery } from './api/getConnection';
import { accessLabel, connectionsText } from './keyText';
import table from '../../ui/DataTable.module.css';
import styles from './ApiKeysPage.module.css';

const when = dateFormat('en', { dateStyle: 'medium', timeStyle: 'short' });

/** The columns, in order; a card (below the breakpoint) labels a cell by its column's name (data-label). */
const columns = { name: 'Name', connections: 'Connections', access: 'Access', created: 'Created', lastUsed: 'Last used', actions: 'Actions' } as const;

export interface ApiKeysTableProps {
  keys: readonly ApiKey[];
  onRevoke: (key: ApiKey) => void;
}

/**
 * The keys, newest first: name, connections, access, created, last used, Revoke. A data table:
 * below 72rem each row is a card, its cells labelled by their columns (docs/decisions/tables-as-cards.md).
 */
export function ApiKeysTable({ keys, onRevoke }: ApiKeysTableProps) {
  return (
    <div className={table.wrap}>
      <table className={cx(table.table, styles.keys)}>
        <caption className="visually-hidden">API keys, newest first</caption>
        <thead>
          <tr>
            <th scope="col">{columns.name}</th>
            <th scope="col">{columns.connections}</th>
            <th scope="col">{columns.access}</th>
            <th scope="col">{columns.created}</th>
            <th scope="col">{columns.lastUsed}</th>
            <th scope="col">
              <span className="visually-hidden">{columns.actions}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {keys.map((key) => (
            <tr key={key.id}>
              <th scope="row" className={styles.keyName}>
                {key.name}
                <span className={styles.hint}>
                  <span className="visually-hidden">, key </span>
                  <code>{key.hint}</code>
                </span>
              </th>
              <td data-label={columns.connections}>
                {key.connections === 'all' ? 'All connections' : <KeyConnections ids={key.connections} />}
              </td>
              <td data-label={columns.access}>{accessLabel[key.access]}</td>
              <td data-label={columns.created}>
                <time dateTime={key.createdAt}>{when.format(new Date(key.createdAt))}</time>
              </td>
              <td data-label={columns.lastUsed}>
                {key.lastUsedAt ? <time dateTime={key.lastUsedAt}>{when.format(new Date(key.lastUsedAt))}</time> : 'Never'}
              </td>
              <td>
                <Button variant="quiet" onClick={() => onRevoke(key)}>
                  Revoke<span className="visually-hidden"> {key.name}</span>
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A key named by this many of its connections at most; "and N more" beyond. */
const namedConnections = 3;

/** Each chosen connection's name, linked to its page (each asked for by its ID: the list may hold thousands). */
function KeyConnections({ ids }: { ids: readonly string[] }) {
  const shown = ids.slice(0, namedConnections);
  const found = useQueries({ queries: shown.map((id) => getConnectionQuery(id)) });
  const loaded = found.every((result) => !result.isPending);
  const saved = loaded ? found.flatMap((result) => (result.data ? [result.data] : [])) : undefined;
  const names = connectionsText(shown, saved);
  return (
    <>
      {shown.map((id, index) => (
        <Fragment key={id}>
          {index > 0 && ', '}
          {found[index]?.data ? <Link href={`/connections/${encodeURIComponent(id)}`}>{names[index]}</Link> : names[index]}
        </Fragment>
      ))}
      {ids.length > shown.length && ` and ${ids.length - shown.length} more`}
    </>
  );
}
