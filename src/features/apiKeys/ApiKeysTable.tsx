import { Fragment } from 'react';
import { Link } from 'wouter';
import { cx } from '../../lib/classNames';
import { dateFormat } from '../../lib/dateFormat';
import { Button } from '../../ui/Button';
import type { ApiKey, Connection } from '../connections/schema';
import { accessLabel, connectionsText } from './keyText';
import table from '../../ui/DataTable.module.css';
import styles from './ApiKeysPage.module.css';

const when = dateFormat('en', { dateStyle: 'medium', timeStyle: 'short' });

export interface ApiKeysTableProps {
  keys: readonly ApiKey[];
  savedConnections: readonly Connection[] | undefined;
  onRevoke: (key: ApiKey) => void;
}

/** The keys, newest first: name, connections, access, created, last used, Revoke. */
export function ApiKeysTable({ keys, savedConnections, onRevoke }: ApiKeysTableProps) {
  return (
    <div className={table.wrap}>
      <table className={cx(table.table, styles.keys)}>
        <caption className="visually-hidden">API keys, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Connections</th>
            <th scope="col">Access</th>
            <th scope="col">Created</th>
            <th scope="col">Last used</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
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
              <td>
                <KeyConnections apiKey={key} savedConnections={savedConnections} />
              </td>
              <td>{accessLabel[key.access]}</td>
              <td>
                <time dateTime={key.createdAt}>{when.format(new Date(key.createdAt))}</time>
              </td>
              <td>{key.lastUsedAt ? <time dateTime={key.lastUsedAt}>{when.format(new Date(key.lastUsedAt))}</time> : 'Never'}</td>
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

/** "All connections", or each chosen one's name, linked to its page. */
function KeyConnections({ apiKey, savedConnections }: { apiKey: ApiKey; savedConnections: readonly Connection[] | undefined }) {
  if (apiKey.connections === 'all') return <>All connections</>;
  const names = connectionsText(apiKey.connections, savedConnections);
  const known = new Set(savedConnections?.map((connection) => connection.id));
  return (
    <>
      {apiKey.connections.map((id, index) => (
        <Fragment key={id}>
          {index > 0 && ', '}
          {known.has(id) ? <Link href={`/connections/${encodeURIComponent(id)}`}>{names[index]}</Link> : names[index]}
        </Fragment>
      ))}
    </>
  );
}
