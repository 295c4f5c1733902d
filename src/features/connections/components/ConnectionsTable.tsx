import { memo } from 'react';
import { Button } from '../../../ui/Button';
import { authTypeOptions, type AuthType, type Connection, type ConnectionStatus } from '../schema';
import styles from './ConnectionsPage.module.css';

const authTypeLabel = Object.fromEntries(authTypeOptions.map((option) => [option.value, option.label])) as Record<AuthType, string>;

const statusLabel: Record<ConnectionStatus['state'], string> = {
  untested: 'Untested',
  online: 'Online',
  offline: 'Offline',
  not_authorized: 'Not authorized',
  authorized: 'Authorized',
};

const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });

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
                <span className={styles.status} data-state={connection.status.state}>
                  {statusLabel[connection.status.state]}
                </span>
                {connection.status.reason && <span className={styles.reason}>{connection.status.reason}</span>}
              </td>
              <td>
                <time dateTime={connection.updatedAt}>{dateFormat.format(new Date(connection.updatedAt))}</time>
              </td>
              <td>
                <span className={styles.rowActions}>
                  <Button onClick={() => onEdit(connection)}>
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
