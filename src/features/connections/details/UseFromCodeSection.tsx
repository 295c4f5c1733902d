import { useQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import { curlExample, fetchExample, keyVariable, proxyUrl } from '../../../lib/proxyExamples';
import { CopyButton } from '../../../ui/CopyButton';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { apiKeysQuery, describeError } from '../api';
import { keyOpensConnection } from '../schema';
import { DetailsSection } from './DetailsSection';
import { accessLabel } from './detailsModel';
import styles from './ConnectionDetailsPage.module.css';

const apiKeysPath = '/api-keys';

/**
 * The server: how another program calls BigCommerce with this connection, through the proxy and
 * with an API key. The examples read the key from $BCW_KEY: no page shows a real secret but once.
 */
export function UseFromCodeSection({ connectionId }: { connectionId: string }) {
  const origin = window.location.origin;
  const url = proxyUrl(origin, connectionId);
  return (
    <DetailsSection id="connection-code" title="Use from code">
      <p>
        Your programs call BigCommerce through this server with an API key, and never see the connection’s token. Send the
        path after <code>/stores/{'{store hash}'}/</code> to the proxy URL.
      </p>
      <dl className={styles.facts}>
        <dt>Connection ID</dt>
        <dd>
          <code>{connectionId}</code>
          <CopyButton text={connectionId} label="Copy connection ID" />
        </dd>
        <dt>Proxy URL</dt>
        <dd>
          <code>{url}</code>
          <CopyButton text={url} label="Copy proxy URL" />
        </dd>
      </dl>
      <h3>API keys that may use it</h3>
      <KeysForConnection connectionId={connectionId} />
      <h3>Examples</h3>
      <p>
        With a key in the environment variable <code>{keyVariable}</code>, these list the store’s first five products:
      </p>
      <CodeExample title="curl" code={curlExample(origin, connectionId)} />
      <CodeExample title="fetch (JavaScript)" code={fetchExample(origin, connectionId)} />
    </DetailsSection>
  );
}

function KeysForConnection({ connectionId }: { connectionId: string }) {
  const query = useQuery(apiKeysQuery());
  if (query.isPending) {
    return (
      <p role="status" className={styles.muted}>
        Loading the API keys…
      </p>
    );
  }
  if (query.isError) {
    return (
      <ErrorAlert onRetry={() => void query.refetch()} retrying={query.isFetching}>
        Could not load the API keys. {describeError(query.error)}
      </ErrorAlert>
    );
  }
  const keys = query.data.filter((key) => keyOpensConnection(key, connectionId));
  if (keys.length === 0) {
    return (
      <p>
        No API key may use this connection yet. <Link href={apiKeysPath}>Create one on the API keys page</Link>.
      </p>
    );
  }
  return (
    <>
      <ul>
        {keys.map((key) => (
          <li key={key.id}>
            <strong>{key.name}</strong> <code>{key.hint}</code>: {accessLabel[key.access]}
            {key.connections === 'all' ? ', for all connections' : ''}
          </li>
        ))}
      </ul>
      <p>
        <Link href={apiKeysPath}>Manage API keys</Link>
      </p>
    </>
  );
}

function CodeExample({ title, code }: { title: string; code: string }) {
  return (
    <>
      <h4>{title}</h4>
      <pre className={styles.code}>
        <code>{code}</code>
      </pre>
      <CopyButton text={code} label={`Copy the ${title.split(' ')[0]} example`} />
    </>
  );
}
