import { useState } from 'react';
import { FormProvider, useForm, type FieldErrors } from 'react-hook-form';
import { Button } from '../../ui/Button';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { ErrorSummary, type ErrorSummaryItem } from '../../ui/ErrorSummary';
import { placeRequestFailure } from '../../lib/placeRequestFailure';
import type { ApiKeyCreated, ApiKeyInput } from '../connections/schema';
import { createApiKey } from './api/createApiKey';
import { keyRequestFailure } from './api/failure';
import { AccessChoice } from './AccessChoice';
import { ConnectionsChoice } from './ConnectionsChoice';
import { keyFormResolver } from './keyFormResolver';
import { fieldId, formFields } from './keyText';
import { NameField } from './NameField';
import pageStyles from '../../ui/Page.module.css';
import styles from './ApiKeysPage.module.css';

export interface CreateKeyFormProps {
  headingId: string;
  /** The new key and its secret: the caller shows it once and keeps it nowhere else. */
  onCreated: (created: ApiKeyCreated) => void;
}

function summaryItems(errors: FieldErrors<ApiKeyInput>): ErrorSummaryItem[] {
  return formFields.flatMap((field) => {
    const message = errors[field]?.message;
    return typeof message === 'string' && message ? [{ targetId: fieldId(field), message }] : [];
  });
}

/** "Create a key": its name, the connections it may use, its access. */
export function CreateKeyForm({ headingId, onCreated }: CreateKeyFormProps) {
  const form = useForm<ApiKeyInput>({
    resolver: keyFormResolver,
    mode: 'onTouched',
    defaultValues: { name: '' },
    shouldFocusError: false,
  });
  const [summaryKey, setSummaryKey] = useState(0);
  const [failure, setFailure] = useState<string | null>(null);
  const showSummary = () => setSummaryKey((key) => key + 1);

  const submit = async (input: ApiKeyInput) => {
    setFailure(null);
    try {
      onCreated(await createApiKey(input));
    } catch (error) {
      const { placed, failure: text } = placeRequestFailure(keyRequestFailure(error), formFields, form.setError, 'The key was not created.');
      if (placed) showSummary();
      setFailure(text);
    }
  };

  return (
    <FormProvider {...form}>
      {summaryKey > 0 && <ErrorSummary errors={summaryItems(form.formState.errors)} focusKey={summaryKey} />}
      {failure && <ErrorAlert>{failure}</ErrorAlert>}
      <form noValidate aria-labelledby={headingId} className={styles.form} onSubmit={(event) => void form.handleSubmit(submit, showSummary)(event)}>
        <p className={pageStyles.muted}>Fields marked * are required.</p>
        <NameField />
        <ConnectionsChoice />
        <AccessChoice />
        <Button type="submit" variant="primary" busy={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? 'Creating the key…' : 'Create key'}
        </Button>
      </form>
    </FormProvider>
  );
}
