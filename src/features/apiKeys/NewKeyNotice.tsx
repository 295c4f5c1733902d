import { useEffect, useRef } from 'react';
import { curlExample } from '../../lib/proxyExamples';
import { Button } from '../../ui/Button';
import { CopyButton } from '../../ui/CopyButton';
import type { ApiKeyCreated, Connection } from '../connections/schema';
import { exampleConnectionId } from './keyText';
import styles from './ApiKeysPage.module.css';

export interface NewKeyNoticeProps {
  created: ApiKeyCreated;
  savedConnections: readonly Connection[] | undefined;
  /** "Done": the caller forgets the secret, and it leaves the page. */
  onDone: () => void;
}

const headingId = 'new-key-heading';

/** The new key's secret, this once: copy it, try it with curl, then Done. */
export function NewKeyNotice({ created, savedConnections, onDone }: NewKeyNoticeProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const connectionId = exampleConnectionId(created.key.connections, savedConnections);
  const curl = connectionId && curlExample(window.location.origin, connectionId, created.secret);

  return (
    <section aria-labelledby={headingId} className={styles.newKey}>
      <h2 id={headingId} ref={heading} tabIndex={-1} className={styles.sectionTitle}>
        Your new key “{created.key.name}”
      </h2>
      <p className={styles.warning}>
        <strong>Copy the key now: it will not be shown again.</strong> The server keeps only a fingerprint of it. If it is
        lost, revoke it and create another.
      </p>
      <p className={styles.secretLine}>
        <span>Key:</span> <code className={styles.secret}>{created.secret}</code>
        <CopyButton text={created.secret} label="Copy the key" copiedMessage="Key copied" />
      </p>
      <h3 className={styles.subTitle}>Try it</h3>
      {curl ? (
        <>
          <p>This lists five products of the store, through this server’s proxy:</p>
          <pre className={styles.code}>
            <code>{curl}</code>
          </pre>
          <CopyButton text={curl} label="Copy the curl line" copiedMessage="Command copied" />
        </>
      ) : (
        <p>Save a connection first: then call the proxy with its ID, as its page shows.</p>
      )}
      <div className={styles.done}>
        <Button variant="primary" onClick={onDone}>
          Done
        </Button>
      </div>
    </section>
  );
}
