import { useInfiniteQuery } from '@tanstack/react-query';
import { curlExample } from '../../lib/proxyExamples';
import { CopyButton } from '../../ui/CopyButton';
import { OneTimeSecret } from '../../ui/OneTimeSecret';
import type { ApiKeyCreated } from '../connections/schema';
import { searchConnectionsQuery } from './api/listConnections';
import { exampleConnectionId } from './keyText';
import secretStyles from '../../ui/OneTimeSecret.module.css';
import pageStyles from '../../ui/Page.module.css';

export interface NewKeyNoticeProps {
  created: ApiKeyCreated;
  /** "Done": the caller forgets the secret, and it leaves the page. */
  onDone: () => void;
}

/** The new key's secret, this once: copy it, try it with curl, then Done. */
export function NewKeyNotice({ created, onDone }: NewKeyNoticeProps) {
  // For a key to all of them, the example uses the newest connection: the first page's first.
  const firstPage = useInfiniteQuery({ ...searchConnectionsQuery(''), enabled: created.key.connections === 'all' }).data?.pages[0];
  const connectionId = exampleConnectionId(created.key.connections, firstPage?.connections);
  const curl = connectionId && curlExample(window.location.origin, connectionId, created.secret);

  return (
    <OneTimeSecret
      headingId="new-key-heading"
      title={<>Your new key “{created.key.name}”</>}
      warning={
        <>
          <strong>Copy the key now: it will not be shown again.</strong> The server keeps only a fingerprint of it. If it is
          lost, revoke it and create another.
        </>
      }
      label="Key"
      secret={created.secret}
      copyLabel="Copy the key"
      copiedMessage="Key copied"
      onDone={onDone}
    >
      <h3 className={pageStyles.subTitle}>Try it</h3>
      {curl ? (
        <>
          <p>This lists five products of the store, through this server’s proxy:</p>
          <pre className={secretStyles.code}>
            <code>{curl}</code>
          </pre>
          <CopyButton text={curl} label="Copy the curl line" copiedMessage="Command copied" />
        </>
      ) : (
        <p>Save a connection first: then call the proxy with its ID, as its page shows.</p>
      )}
    </OneTimeSecret>
  );
}
