import '../schema/zodConfig';
import { z } from 'zod/mini';
import { draftMaxAgeMs, readRawDraft, removeDraft } from './draftStorage';

// The shape a stored draft must have (see draftStore.ts): strict, so a draft with any other key (a
// secret, say) is dropped. zod, so a module of its own, loaded only when there is a draft to read.

const text = z.string().check(z.maxLength(2000));
const optionalText = z.optional(text);
const draftValuesSchema = z.union([
  z.strictObject({ authType: z.literal('oauth2'), name: optionalText, storeHash: optionalText, oauthClientId: optionalText, scopes: z.optional(z.array(text).check(z.maxLength(500))) }),
  z.strictObject({ authType: z.literal('basic'), name: optionalText, username: optionalText, storeHash: optionalText }),
  z.strictObject({ authType: z.literal('token'), name: optionalText, clientId: optionalText, storeHash: optionalText }),
  z.strictObject({ name: optionalText }),
]);
export type DraftValues = z.infer<typeof draftValuesSchema>;

const draftSchema = z.strictObject({
  version: z.literal(1),
  savedAt: z.iso.datetime(),
  /** Editing: the connection's `updatedAt` when the draft was written, to tell a stale draft. */
  basedOn: z.optional(z.iso.datetime()),
  values: draftValuesSchema,
});
export type Draft = z.infer<typeof draftSchema>;

/** Parses a stored draft; null when absent, broken, of another shape, or older than `draftMaxAgeMs`. */
export function parseDraft(raw: string | null, now: number = Date.now()): Draft | null {
  if (raw === null) return null;
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return null;
  }
  const result = draftSchema.safeParse(json);
  if (!result.success) return null;
  const age = now - Date.parse(result.data.savedAt);
  if (!(age < draftMaxAgeMs)) return null;
  return result.data;
}

/** Reads a panel's draft; a broken or expired draft is removed silently. */
export function readDraft(key: string, now: number = Date.now()): Draft | null {
  const raw = readRawDraft(key);
  const draft = parseDraft(raw, now);
  if (raw !== null && !draft) removeDraft(key);
  return draft;
}
