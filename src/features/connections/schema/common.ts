import './zodConfig';
import { z } from 'zod/mini';
import { messages } from './messages';
import { normalizeStoreHash, storeHashPattern } from './storeHash';

export const nameSchema = z.string().check(
  z.trim(),
  z.minLength(1, messages.nameRequired),
  z.maxLength(100, { error: (issue) => messages.nameTooLong(String(issue.input ?? '').length) }),
);

export const storeHashSchema = z.pipe(
  z.pipe(
    z.string(),
    z.transform((value: string) => normalizeStoreHash(value).hash),
  ),
  z.string().check(z.minLength(1, messages.storeHashRequired), z.regex(storeHashPattern, messages.storeHashInvalid)),
);

export const clientIdSchema = (label: string) =>
  z.string().check(z.trim(), z.minLength(1, messages.clientIdRequired(label)), z.regex(/^[A-Za-z0-9]+$/, messages.clientIdInvalid(label)));

/** A secret as typed: surrounding white space is dropped, anything else that cannot be in a token is an error. */
export const secretSchema = (label: string, requiredMessage: string = messages.secretRequired(label)) =>
  z.string().check(
    z.trim(),
    z.minLength(1, requiredMessage),
    z.refine((value) => !/^bearer\s/i.test(value), messages.secretHasBearer(label)),
    z.refine((value) => !/\s/.test(value), messages.secretHasSpace(label)),
  );

export const idSchema = z.string().check(z.minLength(1));
export const timestampSchema = z.iso.datetime();

/** What the API says of a stored secret instead of the secret itself. */
export const storedSecretSchema = z.object({ set: z.literal(true), updatedAt: timestampSchema });
export type StoredSecret = z.infer<typeof storedSecretSchema>;
