import { zodResolver } from '@hookform/resolvers/zod';
import { afterPointerSettles } from '../../../lib/pointerSettled';
import { useRef, useState, type FormEvent } from 'react';
import { createPortal } from 'react-dom';
import { FormProvider, useForm, type FieldPath } from 'react-hook-form';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { toFieldErrors, useCreateOAuthClient, useUpdateOAuthClient } from '../api';
import {
  oauthClientInputSchema,
  oauthClientText,
  type OAuthClient,
  type OAuthClientFormValues,
  type OAuthClientInput,
} from '../schema';
import { OAuthClientImport } from '../guides/import/CredentialsFileImport';
import { SecretField, TextField } from './TextField';
import { useSaveAttemptKey } from '../drafts/saveAttemptKey';
import styles from './ConnectionForm.module.css';

export interface OAuthClientDialogProps {
  open: boolean;
  /** The client to edit; creates a new one when absent. */
  client?: OAuthClient;
  onClose: () => void;
  onSaved: (client: OAuthClient) => void;
}

/**
 * "Create / Edit OAuth 2.0 client": a modal <dialog> with its own form. It is portalled to
 * <body> so that its <form> is not nested in the panel's.
 */
export function OAuthClientDialog({ open, client, onClose, onSaved }: OAuthClientDialogProps) {
  return createPortal(
    <Dialog open={open} onClose={onClose} title={client ? 'Edit OAuth 2.0 client' : 'Create OAuth 2.0 client'}>
      <OAuthClientForm client={client} onClose={onClose} onSaved={onSaved} />
    </Dialog>,
    document.body,
  );
}

const clientFields = ['name', 'clientId', 'clientSecret'] as const;

function OAuthClientForm({ client, onClose, onSaved }: Omit<OAuthClientDialogProps, 'open'>) {
  const form = useForm<OAuthClientFormValues, unknown, OAuthClientInput>({
    resolver: afterPointerSettles(zodResolver(oauthClientInputSchema)),
    mode: 'onTouched',
    defaultValues: { name: client?.name ?? '', clientId: client?.clientId ?? '', clientSecret: '' },
  });
  const create = useCreateOAuthClient();
  const update = useUpdateOAuthClient();
  const saving = useRef(false);
  // One Idempotency-Key per series of attempts: a retry of the same values cannot save twice.
  const attempt = useSaveAttemptKey(form);
  const [failure, setFailure] = useState<string | null>(null);
  const { isSubmitting } = form.formState;

  const save = async (input: OAuthClientInput) => {
    if (saving.current) return;
    saving.current = true;
    setFailure(null);
    try {
      const idempotencyKey = attempt.current();
      const saved = client ? await update.mutateAsync({ id: client.id, input, idempotencyKey }) : await create.mutateAsync({ input, idempotencyKey });
      attempt.reset();
      onSaved(saved);
      onClose();
    } catch (error) {
      const report = toFieldErrors(error);
      const unplaced: string[] = [];
      for (const item of report.fields) {
        const name = item.path.split('.')[0];
        if ((clientFields as readonly string[]).includes(name ?? '')) {
          form.setError(name as FieldPath<OAuthClientFormValues>, { type: 'server', message: item.message }, { shouldFocus: true });
        } else unplaced.push(item.message);
      }
      const message = report.message ?? (unplaced.length > 0 ? unplaced.join(' ') : null);
      if (message) setFailure(`The OAuth 2.0 client was not saved. ${message} What you entered is still here.`);
    } finally {
      // The variables held the client secret: drop them now that the request is over.
      create.reset();
      update.reset();
      saving.current = false;
    }
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    // React events bubble through portals: keep this submit away from the panel's form.
    event.stopPropagation();
    void form.handleSubmit(save)(event);
  };

  return (
    <FormProvider {...form}>
      <form noValidate onSubmit={onSubmit} className={styles.dialogForm}>
        <p className={styles.requiredNote}>Fields marked * are required.</p>
        {failure && (
          <p role="alert" className={styles.failure}>
            {failure}
          </p>
        )}
        <TextField<OAuthClientFormValues> name="name" idPrefix="oauth-client-" label={oauthClientText.name.label} help={oauthClientText.name.help} required inputProps={{ autoComplete: 'off' }} />
        {/* After Name, so that the dialog still opens with focus on Name. */}
        <OAuthClientImport />
        <TextField<OAuthClientFormValues>
          name="clientId"
          idPrefix="oauth-client-"
          label={oauthClientText.clientId.label}
          help={oauthClientText.clientId.help}
          required
          inputProps={{ autoComplete: 'off', autoCapitalize: 'off', spellCheck: false }}
        />
        <SecretField<OAuthClientFormValues>
          name="clientSecret"
          idPrefix="oauth-client-"
          label={oauthClientText.clientSecret.label}
          help={oauthClientText.clientSecret.help}
          required
          storedNote={client ? 'A client secret is stored for this client. It is never shown: enter it again to save your changes.' : undefined}
        />
        <div className={styles.actions}>
          <Button type="submit" variant="primary" busy={isSubmitting}>
            {isSubmitting ? 'Saving…' : 'Save'}
          </Button>
          <Button onClick={onClose}>Cancel</Button>
        </div>
      </form>
    </FormProvider>
  );
}
