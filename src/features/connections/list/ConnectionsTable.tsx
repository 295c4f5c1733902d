import { memo } from 'react';
import { Link } from 'wouter';
import { Button } from '../../../ui/Button';
import { authTypeOptions } from '../schema/plain';
import type { AuthType, Connection } from '../schema';
import { ConnectionStatusCell } from './ConnectionStatusCell';
import { RowTestButton } from '../test/RowTestButton';
import { dateFormat } from '../../../lib/dateFormat';
import { leadsTo } from '../../../lib/leadsTo';
import dataTable from '../../../ui/DataTable.module.css';
import styles from './ConnectionsPage.module.css';

const authTypeLabel = Object.fromEntries(authTypeOptions.map((option) => [option.value, option.label])) as Record<AuthType, string>;

const updatedFormat = dateFormat('en', { dateStyle: 'medium', timeStyle: 'short' });

/** The columns, in order; a card (below the breakpoint) labels a cell by its column's name (data-label). */
const columns = { name: 'Name', authType: 'Auth type', storeHash: 'Store hash', status: 'Status', updated: 'Last updated', actions: 'Actions' } as const;

/** A connection's own page (issue 21). */
export const connectionPath = (id: string) => `/connections/${encodeURIComponent(id)}`;

export interface ConnectionsTableProps {
  connections: readonly Connection[];
  onEdit: (connection: Connection) => void;
  onDelete: (connection: Connection) => void;
}

/**
 * The saved connections: name (a link to the connection), auth type, store hash, status, last
 * updated, actions. One table at every width: below 72rem each row is a card (CSS only), so the
 * markup is the same on every screen and a row's state (a test in progress) is kept across a resize.
 */
export const ConnectionsTable = memo(function ConnectionsTable({ connections, onEdit, onDelete }: ConnectionsTableProps) {
  return (
    <div className={dataTable.wrap}>
      <table className={`${dataTable.table} ${styles.table}`}>
        <caption className="visually-hidden">Saved connections, newest change first</caption>
        <thead>
          <tr>
            <th scope="col">{columns.name}</th>
            <th scope="col">{columns.authType}</th>
            <th scope="col">{columns.storeHash}</th>
            <th scope="col">{columns.status}</th>
            <th scope="col">{columns.updated}</th>
            <th scope="col">
              <span className="visually-hidden">{columns.actions}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {connections.map((connection) => (
            <tr key={connection.id}>
              <th scope="row" className={styles.name}>
                <Link href={connectionPath(connection.id)}>{connection.name}</Link>
              </th>
              <td className={styles.fit} data-label={columns.authType}>
                {authTypeLabel[connection.authType]}
              </td>
              <td className={styles.fit} data-label={columns.storeHash}>
                <code>{connection.storeHash}</code>
              </td>
              <td className={styles.statusCell}>
                <ConnectionStatusCell connection={connection} />
              </td>
              <td className={styles.fit} data-label={columns.updated}>
                <time dateTime={connection.updatedAt}>{updatedFormat.format(new Date(connection.updatedAt))}</time>
              </td>
              <td className={styles.actionsCell}>
                <span className={styles.rowActions}>
                  <RowTestButton connection={connection} />
                  <Button onClick={() => onEdit(connection)} {...leadsTo('panel')}>
                    Edit<span className="visually-hidden"> {connection.name}</span>
                  </Button>
                  <Button variant="quiet" onClick={() => onDelete(connection)}>
                    Delete<span className="visually-hidden"> {connection.name}</span>
                  </Button>
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
});
