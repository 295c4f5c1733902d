import type { FieldErrors, Resolver } from 'react-hook-form';
import { webhookInputSchema, type WebhookInput } from '../connections/schema';
import { formFields, type WebhookFormValues } from './webhookText';

/**
 * The contract's schema as the form's resolver, each field getting the first message the schema
 * gives for it. An empty description is left out (the schema refuses a blank one, as the API does).
 */
export const webhookFormResolver: Resolver<WebhookFormValues, unknown, WebhookInput> = async (values) => {
  const description = values.description.trim() === '' ? null : values.description;
  const result = webhookInputSchema.safeParse({ url: values.url, events: values.events, description });
  if (result.success) return { values: result.data, errors: {} };
  const errors: FieldErrors<WebhookFormValues> = {};
  for (const issue of result.error.issues) {
    const field = formFields.find((name) => name === issue.path[0]);
    if (field && !errors[field]) errors[field] = { type: issue.code, message: issue.message };
  }
  return { values: {}, errors };
};
