import { useState, type ReactNode } from 'react';
import { FormProvider, useForm, type FieldErrors } from 'react-hook-form';
import { placeRequestFailure } from '../../lib/placeRequestFailure';
import { Button } from '../../ui/Button';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { ErrorSummary, type ErrorSummaryItem } from '../../ui/ErrorSummary';
import type { WebhookInput } from '../connections/schema';
import { webhookRequestFailure } from './api/failure';
import { WebhookFields } from './WebhookFields';
import { webhookFormResolver } from './webhookFormResolver';
import { fieldId, formFields, type WebhookFormValues } from './webhookText';
import pageStyles from '../../ui/Page.module.css';
import styles from './WebhooksPage.module.css';

export interface WebhookFormProps {
  /** Keeps the ids of the add form and an endpoint's edit form apart. */
  form: string;
  labelledBy: string;
  defaultValues: WebhookFormValues;
  submitLabel: string;
  busyLabel: string;
  /** "The endpoint was not added.": what a failure that is on no field starts with. */
  failedText: string;
  /** Sends the input; a failure it throws is shown on the fields it names, and nothing typed is lost. */
  onSubmit: (input: WebhookInput) => Promise<void>;
  /** More buttons beside the submit button (Cancel). */
  children?: ReactNode;
}

function summaryItems(form: string, errors: FieldErrors<WebhookFormValues>): ErrorSummaryItem[] {
  return formFields.flatMap((field) => {
    const message = errors[field]?.message;
    return typeof message === 'string' && message ? [{ targetId: fieldId(form, field), message }] : [];
  });
}

/** An endpoint's address, events and description: to add one, or to change one. */
export function WebhookForm({ form: formName, labelledBy, defaultValues, submitLabel, busyLabel, failedText, onSubmit, children }: WebhookFormProps) {
  const form = useForm<WebhookFormValues, unknown, WebhookInput>({ resolver: webhookFormResolver, mode: 'onTouched', defaultValues, shouldFocusError: false });
  const [summaryKey, setSummaryKey] = useState(0);
  const [failure, setFailure] = useState<string | null>(null);
  const showSummary = () => setSummaryKey((key) => key + 1);

  const submit = async (input: WebhookInput) => {
    setFailure(null);
    try {
      await onSubmit(input);
    } catch (error) {
      const { placed, failure: text } = placeRequestFailure(webhookRequestFailure(error), formFields, form.setError, failedText);
      if (placed) showSummary();
      setFailure(text);
    }
  };

  return (
    <FormProvider {...form}>
      {summaryKey > 0 && <ErrorSummary errors={summaryItems(formName, form.formState.errors)} focusKey={summaryKey} />}
      {failure && <ErrorAlert>{failure}</ErrorAlert>}
      <form noValidate aria-labelledby={labelledBy} className={styles.form} onSubmit={(event) => void form.handleSubmit(submit, showSummary)(event)}>
        <p className={pageStyles.muted}>Fields marked * are required.</p>
        <WebhookFields form={formName} />
        <div className={styles.formActions}>
          <Button type="submit" variant="primary" busy={form.formState.isSubmitting}>
            {form.formState.isSubmitting ? busyLabel : submitLabel}
          </Button>
          {children}
        </div>
      </form>
    </FormProvider>
  );
}
