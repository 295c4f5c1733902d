import './zodConfig';
import { z } from 'zod/mini';
import { isPrintableText, isVisibleAscii } from './characters';
import { inputLimits, messages } from './messages';
import { normalizeStoreHash, storeHashPattern } from './storeHash';

export const lengthOf = (issue: { input?: unknown }) => String(issue.input ?? '').length;

/** A string field's error when it is no string: a missing one is asked for; one of another kind is told what the field holds. */
export const notText = (required: string, wrongKind: string) => (issue: { input?: unknown }) => (issue.input === undefined ? required : wrongKind);

export interface NameRules {
  /** How the messages call the field: "name", "description". */
  readonly label: string;
  /** The message when it is empty, with an example of a good one. */
  readonly required: string;
}

/**
 * A name a person gives a thing (a connection, an OAuth client, an API key, a webhook's
 * description): NFC-normalised (one stored form, so "Café" typed two ways is one name), trimmed,
 * 1 to 100 characters, with no control character or half of a surrogate pair.
 */
export const nameSchemaOf = ({ label, required }: NameRules) =>
  // Not a string at all: answered as a missing name, which it is.
  z.string({ error: required }).check(
    z.normalize('NFC'),
    z.trim(),
    z.minLength(1, required),
    z.maxLength(inputLimits.nameMaxLength, { error: (issue) => messages.nameTooLong(lengthOf(issue), label) }),
    z.refine(isPrintableText, messages.nameHasControl(label)),
  );

/** The name of a connection. */
export const nameSchema = nameSchemaOf({ label: 'name', required: messages.nameRequired });

export const storeHashSchema = z.pipe(
  z.pipe(
    z.string({ error: notText(messages.storeHashRequired, messages.storeHashNotText) }),
    z.transform((value: string) => normalizeStoreHash(value).hash),
  ),
  z.string().check(
    z.minLength(1, messages.storeHashRequired),
    z.regex(storeHashPattern, messages.storeHashInvalid),
    z.maxLength(inputLimits.storeHashMaxLength, { error: (issue) => messages.storeHashTooLong(lengthOf(issue)) }),
  ),
);

export const clientIdSchema = (label: string) =>
  z.string({ error: notText(messages.clientIdRequired(label), messages.clientIdNotText(label)) }).check(
    z.trim(),
    z.minLength(1, messages.clientIdRequired(label)),
    z.regex(/^[A-Za-z0-9]+$/, messages.clientIdInvalid(label)),
    z.maxLength(inputLimits.clientIdMaxLength, { error: (issue) => messages.clientIdTooLong(label, lengthOf(issue)) }),
  );

/**
 * A secret as typed: surrounding white space is dropped; then 1 to 512 visible ASCII characters
 * (BigCommerce's tokens and secrets are letters and digits, about 30: docs/decisions/input-limits.md).
 */
export const secretSchema = (label: string, requiredMessage: string = messages.secretRequired(label)) =>
  z.string({ error: notText(requiredMessage, messages.secretNotText(label)) }).check(
    z.trim(),
    z.minLength(1, requiredMessage),
    z.refine((value) => !/^bearer\s/i.test(value), messages.secretHasBearer(label)),
    z.refine((value) => !/\s/.test(value), messages.secretHasSpace(label)),
    z.maxLength(inputLimits.secretMaxLength, { error: (issue) => messages.secretTooLong(label, lengthOf(issue)) }),
    z.refine(isVisibleAscii, messages.secretHasOtherCharacters(label)),
  );

/** Could `value` be the ID of a record the API issued (a UUID, or the demo client's)? Anything longer or stranger names none. */
export const isRecordId = (value: string) => value.length <= 128 && isVisibleAscii(value);

/** A record's ID as a body names it: required, and one the API could have issued (before any lookup). */
export const recordIdSchema = (requiredMessage: string, unknownMessage: string) =>
  z.string({ error: notText(requiredMessage, unknownMessage) }).check(z.minLength(1, requiredMessage), z.refine(isRecordId, unknownMessage));

export const idSchema = z.string().check(z.minLength(1));
export const timestampSchema = z.iso.datetime();

/** What the API says of a stored secret instead of the secret itself. */
export const storedSecretSchema = z.object({ set: z.literal(true), updatedAt: timestampSchema });
export type StoredSecret = z.infer<typeof storedSecretSchema>;
