import type { Connection, ConnectionStatus } from '../schema';
import { scopeUiNames, splitGrantedScopes } from '../test/connectionTestModel';
import styles from './ConnectionsPage.module.css';

export const statusLabel: Record<ConnectionStatus['state'], string> = {
  untested: 'Untested',
  online: 'Online',
  offline: 'Offline',
  not_authorized: 'Not authorized',
  authorized: 'Authorized',
  revoked: 'Uninstalled',
};

/** What the status cell says under the label: why it is offline, what is granted, which store answered. */
function detailOf(connection: Connection): string | undefined {
  if (connection.status.reason) return connection.status.reason;
  if (connection.status.state === 'authorized' && connection.authType === 'oauth2' && connection.authorization) {
    const { resources } = splitGrantedScopes(connection.authorization.grantedScopes);
    if (resources.length > 0) return `Scopes granted: ${scopeUiNames(resources)}`;
  }
  if (connection.status.state === 'online' && connection.storeName) return `Connected to ${connection.storeName}`;
  return undefined;
}

/** "Offline: BigCommerce refused…": the state, and its reason visible under it. */
export function ConnectionStatusCell({ connection }: { connection: Connection }) {
  const detail = detailOf(connection);
  return (
    <>
      <span className={styles.status} data-state={connection.status.state}>
        {statusLabel[connection.status.state]}
      </span>
      {detail && (
        <span className={styles.reason}>
          <span className="visually-hidden">: </span>
          {detail}
        </span>
      )}
    </>
  );
}
