import type { FieldErrors, Resolver } from 'react-hook-form';
import { apiKeyInputSchema, type ApiKeyInput } from '../connections/schema';
import { formFields } from './keyText';

/**
 * The contract's schema as the form's resolver, each field getting the first message the schema
 * gives for it. Not zodResolver: for a union (`connections`: "all" or a list) it reports the
 * message of one of the union's members ("Invalid input") instead of the union's own.
 */
export const keyFormResolver: Resolver<ApiKeyInput> = async (values) => {
  const result = apiKeyInputSchema.safeParse(values);
  if (result.success) return { values: result.data, errors: {} };
  const errors: FieldErrors<ApiKeyInput> = {};
  for (const issue of result.error.issues) {
    const field = formFields.find((name) => name === issue.path[0]);
    if (field && !errors[field]) errors[field] = { type: issue.code, message: issue.message };
  }
  return { values: {}, errors };
};
