import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeading } from '../../ui/PageHeading';
import type { Webhook } from '../connections/schema';
import { createWebhook } from './api/createWebhook';
import { webhookRequestFailure } from './api/failure';
import { webhookKeys } from './api/keys';
import { listWebhooksQuery } from './api/listWebhooks';
import type { WebhookWithSecret } from './api/rotateWebhookSecret';
import { EndpointList } from './EndpointList';
import { SecretNotice } from './SecretNotice';
import { WebhookForm } from './WebhookForm';
import { formValuesOf } from './webhookText';
import pageStyles from '../../ui/Page.module.css';

const headingId = 'webhooks-heading';
const addHeadingId = 'webhooks-add-heading';
const listHeadingId = 'webhooks-list-heading';

/** The endpoint in the list: in its place when it is there, else last (the list is oldest first). */
const withEndpoint = (list: Webhook[] | undefined, webhook: Webhook) =>
  list?.some((other) => other.id === webhook.id) ? list.map((other) => (other.id === webhook.id ? webhook : other)) : [...(list ?? []), webhook];

/** "Webhooks" (/webhooks, from the header menu; the server build only). */
export function WebhooksPage() {
  useDocumentTitle('Webhooks');
  const queryClient = useQueryClient();
  const webhooks = useQuery(listWebhooksQuery());
  // A signing secret lives here only, while it is shown: not in the query cache, a URL or storage.
  const [shown, setShown] = useState<{ created: WebhookWithSecret; rotated: boolean } | null>(null);
  const listHeading = useRef<HTMLHeadingElement>(null);

  const showSecret = (created: WebhookWithSecret, rotated: boolean) => {
    // The endpoint without its secret joins the list.
    queryClient.setQueryData<Webhook[]>(webhookKeys.list(), (list) => withEndpoint(list, created.webhook));
    void queryClient.invalidateQueries({ queryKey: webhookKeys.list() });
    setShown({ created, rotated });
  };
  const onDone = () => {
    setShown(null);
    listHeading.current?.focus();
  };

  return (
    <section aria-labelledby={headingId} className={pageStyles.page}>
      <PageHeading id={headingId}>Webhooks</PageHeading>
      <p className={pageStyles.intro}>
        A webhook tells another system when a connection is created, changed, deleted, authorized or uninstalled, or when it
        starts or stops working. This server sends each event as a signed POST to the endpoints that asked for it, and tries
        again for about a day when an endpoint does not answer with a 2xx.
      </p>

      {shown ? (
        <SecretNotice shown={shown.created} rotated={shown.rotated} onDone={onDone} />
      ) : (
        <section aria-labelledby={addHeadingId} className={pageStyles.formCard}>
          <h2 id={addHeadingId} className={pageStyles.sectionTitle}>
            Add an endpoint
          </h2>
          <WebhookForm
            form="webhook"
            labelledBy={addHeadingId}
            defaultValues={formValuesOf()}
            submitLabel="Add endpoint"
            busyLabel="Adding the endpoint…"
            failedText="The endpoint was not added."
            onSubmit={async (input) => showSecret(await createWebhook(input), false)}
          />
        </section>
      )}

      <section aria-labelledby={listHeadingId}>
        <h2 id={listHeadingId} ref={listHeading} tabIndex={-1} className={pageStyles.sectionTitle}>
          Your endpoints
        </h2>
        {webhooks.isPending && (
          <p role="status" className={pageStyles.muted}>
            Loading the endpoints…
          </p>
        )}
        {webhooks.isError && (
          <ErrorAlert onRetry={() => void webhooks.refetch()} retrying={webhooks.isFetching}>
            Could not load the endpoints. {webhookRequestFailure(webhooks.error).message}
          </ErrorAlert>
        )}
        {webhooks.data && webhooks.data.length === 0 && <p>No endpoints yet.</p>}
        {webhooks.data && webhooks.data.length > 0 && (
          <EndpointList webhooks={webhooks.data} onRotated={(created) => showSecret(created, true)} onDeleted={() => listHeading.current?.focus()} />
        )}
      </section>
    </section>
  );
}
