import { useQuery } from '@tanstack/react-query';
import { Suspense, useState } from 'react';
import { useController, useFormContext } from 'react-hook-form';
import { Button } from '../../../ui/Button';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { Field } from '../../../ui/Field';
import { describeError, listOAuthClientsQuery } from '../api';
import { fieldText } from '../schema/plain';
import type { ConnectionFormValues, OAuthClient } from '../schema';
import { fieldId } from './formModel';
import { LazyOAuthClientDialog } from './lazyParts';
import styles from './ConnectionForm.module.css';

const id = fieldId('oauthClientId');

type DialogState = { mode: 'closed' } | { mode: 'create' } | { mode: 'edit'; client: OAuthClient };

/** "OAuth 2.0 client": a select of the saved clients, with Create / Edit buttons that open a dialog. */
export function OAuthClientField() {
  const { control } = useFormContext<ConnectionFormValues>();
  const { field, fieldState } = useController({ control, name: 'oauthClientId', defaultValue: '' });
  const clients = useQuery(listOAuthClientsQuery());
  const [dialog, setDialog] = useState<DialogState>({ mode: 'closed' });
  const value = (field.value as string | undefined) ?? '';
  const selected = clients.data?.find((client) => client.id === value);

  return (
    <>
      <Field id={id} label={fieldText.oauthClientId.label} help={fieldText.oauthClientId.help} required error={fieldState.error?.message}>
        {(controlProps) => (
          <div className={styles.inline}>
            <select
              {...controlProps}
              ref={field.ref}
              name={field.name}
              value={value}
              onChange={(event) => field.onChange(event.target.value)}
              onBlur={field.onBlur}
              className={styles.grow}
              aria-busy={clients.isPending || undefined}
            >
              <option value="">{clients.isPending ? 'Loading OAuth 2.0 clients…' : 'Select an OAuth 2.0 client'}</option>
              {clients.data?.map((client) => (
                <option key={client.id} value={client.id}>
                  {client.name}
                </option>
              ))}
            </select>
            <Button onClick={() => setDialog({ mode: 'create' })}>Create OAuth 2.0 client</Button>
            <Button disabled={!selected} onClick={() => selected && setDialog({ mode: 'edit', client: selected })}>
              Edit OAuth 2.0 client
            </Button>
          </div>
        )}
      </Field>
      {clients.isError && (
        <ErrorAlert onRetry={() => void clients.refetch()} retrying={clients.isFetching}>
          Could not load the OAuth 2.0 clients. {describeError(clients.error)}
        </ErrorAlert>
      )}
      {/* Its own chunk (lazyParts.ts), preloaded on the way to choosing an auth type. */}
      <Suspense fallback={null}>
        <LazyOAuthClientDialog
          open={dialog.mode !== 'closed'}
          client={dialog.mode === 'edit' ? dialog.client : undefined}
          onClose={() => setDialog({ mode: 'closed' })}
          onSaved={(client) => field.onChange(client.id)}
        />
      </Suspense>
    </>
  );
}
