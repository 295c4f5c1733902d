import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeading } from '../../ui/PageHeading';
import { useStatus } from '../../ui/StatusMessage';
import type { ApiKey, ApiKeyCreated } from '../connections/schema';
import { keyRequestFailure } from './api/failure';
import { apiKeyKeys } from './api/keys';
import { listApiKeysQuery } from './api/listApiKeys';
import { useRevokeApiKey } from './api/revokeApiKey';
import { ApiKeysTable } from './ApiKeysTable';
import { CreateKeyForm } from './CreateKeyForm';
import { NewKeyNotice } from './NewKeyNotice';
import pageStyles from '../../ui/Page.module.css';
import styles from './ApiKeysPage.module.css';

const headingId = 'api-keys-heading';
const createHeadingId = 'api-keys-create-heading';
const listHeadingId = 'api-keys-list-heading';

/** "API keys" (/api-keys, from the header menu; the server build only). */
export function ApiKeysPage() {
  useDocumentTitle('API keys');
  const queryClient = useQueryClient();
  const { announce } = useStatus();
  const keys = useQuery(listApiKeysQuery());
  // The new key's secret lives here only, while it is shown: not in the query cache, a URL or storage.
  const [created, setCreated] = useState<ApiKeyCreated | null>(null);
  const [revoking, setRevoking] = useState<ApiKey | null>(null);
  const [revokeError, setRevokeError] = useState<string | null>(null);
  const revoke = useRevokeApiKey();
  const listHeading = useRef<HTMLHeadingElement>(null);

  const onCreated = (next: ApiKeyCreated) => {
    // The key without its secret joins the list.
    queryClient.setQueryData<ApiKey[]>(apiKeyKeys.list(), (list) => [next.key, ...(list ?? []).filter((key) => key.id !== next.key.id)]);
    void queryClient.invalidateQueries({ queryKey: apiKeyKeys.list() });
    setCreated(next);
  };
  const onDone = () => {
    setCreated(null);
    listHeading.current?.focus();
  };
  const confirmRevoke = async () => {
    const target = revoking;
    if (!target || revoke.isPending) return;
    setRevokeError(null);
    try {
      await revoke.mutateAsync(target.id);
      setRevoking(null);
      announce(`API key "${target.name}" revoked. Programs that use it now get 401 from the proxy.`);
      listHeading.current?.focus();
    } catch (error) {
      setRevokeError(`The key was not revoked. ${keyRequestFailure(error).message}`);
    } finally {
      revoke.reset();
    }
  };

  return (
    <section aria-labelledby={headingId} className={pageStyles.page}>
      <PageHeading id={headingId}>API keys</PageHeading>
      <p className={pageStyles.intro}>
        An API key lets another program call BigCommerce through this server’s proxy, with the connections you choose and
        without ever seeing their tokens. A key opens only the proxy (<code>/proxy/…</code>), never this app.
      </p>

      {created ? (
        <NewKeyNotice created={created} onDone={onDone} />
      ) : (
        <section aria-labelledby={createHeadingId} className={pageStyles.formCard}>
          <h2 id={createHeadingId} className={pageStyles.sectionTitle}>
            Create a key
          </h2>
          <CreateKeyForm headingId={createHeadingId} onCreated={onCreated} />
        </section>
      )}

      <section aria-labelledby={listHeadingId} className={styles.list}>
        <h2 id={listHeadingId} ref={listHeading} tabIndex={-1} className={pageStyles.sectionTitle}>
          Your keys
        </h2>
        {keys.isPending && (
          <p role="status" className={pageStyles.muted}>
            Loading the keys…
          </p>
        )}
        {keys.isError && (
          <ErrorAlert onRetry={() => void keys.refetch()} retrying={keys.isFetching}>
            Could not load the keys. {keyRequestFailure(keys.error).message}
          </ErrorAlert>
        )}
        {keys.data && keys.data.length === 0 && <p>No API keys yet.</p>}
        {keys.data && keys.data.length > 0 && (
          <ApiKeysTable
            keys={keys.data}
            onRevoke={(key) => {
              setRevokeError(null);
              setRevoking(key);
            }}
          />
        )}
      </section>

      <ConfirmDialog
        open={revoking !== null}
        title="Revoke API key?"
        confirmLabel="Revoke"
        busyLabel="Revoking…"
        busy={revoke.isPending}
        error={revokeError}
        onConfirm={() => void confirmRevoke()}
        onCancel={() => setRevoking(null)}
      >
        <p>Revoke the key “{revoking?.name}”? Programs that use it get 401 from their next call. This cannot be undone.</p>
      </ConfirmDialog>
    </section>
  );
}
