import { memo } from 'react';
import { Button } from '../../../ui/Button';
import { authTypeOptions } from '../schema/plain';
import type { AuthType, Connection } from '../schema';
import { ConnectionStatusCell } from './ConnectionStatusCell';
import { RowTestButton } from '../test/RowTestButton';
import { dateFormat } from '../../../lib/dateFormat';
import { leadsTo } from '../../../lib/leadsTo';
import styles from './ConnectionsPage.module.css';

const authTypeLabel = Object.fromEntries(authTypeOptions.map((option) => [option.value, option.label])) as Record<AuthType, string>;

const updatedFormat = dateFormat('en', { dateStyle: 'medium', timeStyle: 'short' });

export interface ConnectionsTableProps {
  connections: readonly Connection[];
  onEdit: (connection: Connection) => void;
  onDelete: (connection: Connection) => void;
}

/** The saved connections: name, auth type, store hash, status, last updated, actions. */
export const ConnectionsTable = memo(function ConnectionsTable({ connections, onEdit, onDelete }: ConnectionsTableProps) {
  return (
    <div className={styles.tableWrap}>
      <table className={styles.table}>
        <caption className="visually-hidden">Saved connections, newest change first</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Auth type</th>
            <th scope="col">Store hash</th>
            <th scope="col">Status</th>
            <th scope="col">Last updated</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {connections.map((connection) => (
            <tr key={connection.id}>
              <td className={styles.name}>{connection.name}</td>
              <td>{authTypeLabel[connection.authType]}</td>
              <td>
                <code>{connection.storeHash}</code>
              </td>
              <td>
                <ConnectionStatusCell connection={connection} />
              </td>
              <td>
                <time dateTime={connection.updatedAt}>{updatedFormat.format(new Date(connection.updatedAt))}</time>
              </td>
              <td>
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
