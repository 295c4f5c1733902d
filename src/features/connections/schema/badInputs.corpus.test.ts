import { zodResolver } from '@hookform/resolvers/zod';
import { describe, expect, it } from 'vitest';
import { issuesToFields } from './apiError';
import { badInputs, bodyWith, existingName } from './badInputs.corpus';
import { connectionFormSchema, connectionInputSchema, type ConnectionFormValues } from './connection';
import { nameKey, withUniqueName } from '../form/uniqueName';
import { messages } from './messages';

describe.each([
  ['connectionFormSchema', connectionFormSchema],
  ['connectionInputSchema', connectionInputSchema],
] as const)('the bad-input corpus through %s', (_name, schema) => {
  it.each(badInputs.map((entry) => [entry.what, entry] as const))('%s', (_what, entry) => {
    const result = schema.safeParse(bodyWith(entry));
    if (entry.message && !entry.againstExisting) {
      expect(result.success).toBe(false);
      const fields = Object.fromEntries(issuesToFields(result.error!.issues).map((field) => [field.path, field.message]));
      expect(fields).toEqual({ [entry.field]: entry.message });
      return;
    }
    // Accepted by the schema (a name taken is the uniqueness check's business, below).
    expect(result.error?.issues ?? []).toEqual([]);
    const parsed = result.data as Record<string, unknown>;
    if (entry.accepted !== undefined) expect(parsed[entry.field]).toBe(entry.accepted);
  });
});

describe('the names that collide with an existing connection', () => {
  const resolver = withUniqueName(zodResolver(connectionFormSchema), () => [existingName]);

  it.each(badInputs.filter((entry) => entry.againstExisting).map((entry) => [entry.what, entry] as const))('%s', async (_what, entry) => {
    expect(nameKey(entry.input)).toBe(nameKey(existingName));
    const result = await resolver(bodyWith(entry) as ConnectionFormValues, undefined, { fields: {}, shouldUseNativeValidation: false });
    expect(result.errors).toEqual({ name: { type: 'taken', message: entry.message } });
    expect(entry.message).toBe(messages.nameTaken(entry.input.trim()));
  });
});

describe('the corpus covers', () => {
  it('every field with HTML and with script text', () => {
    for (const field of ['name', 'storeHash', 'username', 'password', 'accessToken', 'clientId'] as const) {
      const inputs = badInputs.filter((entry) => entry.field === field).map((entry) => entry.input);
      expect(inputs.some((input) => input.includes('<img')), field).toBe(true);
      expect(inputs.some((input) => input.includes('<script>')), field).toBe(true);
    }
  });
});
