import type { CredentialsFileValues } from './credentialsFile';
import type { ImportOutcome } from './ImportCredentials';
import { fieldText, oauthClientText } from '../../schema/plain';

/** The forms a credentials file can fill: the Token and Basic sections, and the OAuth 2.0 client dialog. */
export type ImportTarget = 'token' | 'basic' | 'oauthClient';

type FileKey = 'accessToken' | 'clientId' | 'clientSecret' | 'storeHash';

interface Slot {
  /** The form field, in the order the form shows them. */
  field: string;
  label: string;
  from: FileKey;
}

const storeHash: Slot = { field: 'storeHash', label: fieldText.storeHash.label, from: 'storeHash' };

const slotsOf: Record<ImportTarget, readonly Slot[]> = {
  token: [
    { field: 'accessToken', label: fieldText.accessToken.label, from: 'accessToken' },
    { field: 'clientId', label: fieldText.clientId.label, from: 'clientId' },
    storeHash,
  ],
  // Basic takes the same API account: its client ID as username, its access token as password.
  basic: [
    { field: 'username', label: fieldText.username.label, from: 'clientId' },
    { field: 'password', label: fieldText.password.label, from: 'accessToken' },
    storeHash,
  ],
  oauthClient: [
    { field: 'clientId', label: oauthClientText.clientId.label, from: 'clientId' },
    { field: 'clientSecret', label: oauthClientText.clientSecret.label, from: 'clientSecret' },
  ],
};

const fileLabel: Record<FileKey, string> = {
  accessToken: 'ACCESS TOKEN',
  clientId: 'CLIENT ID',
  clientSecret: 'CLIENT SECRET',
  storeHash: 'API PATH',
};

export interface CredentialsImport {
  /** The values to set, field by field; empty when the outcome is an error. */
  values: ReadonlyArray<{ field: string; value: string }>;
  /** What to say: which fields were filled (never a value), or why none could be. */
  outcome: ImportOutcome;
}

function listOf(words: readonly string[], conjunction: 'and' | 'or' = 'and'): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} ${conjunction} ${words.at(-1)}`;
}

/** What a credentials file fills in `target`, and what to say about it. Pure: the caller sets the values. */
export function credentialsImport(target: ImportTarget, file: CredentialsFileValues): CredentialsImport {
  const slots = slotsOf[target];
  const filled = slots.filter((slot) => file[slot.from]);
  const missing = slots.filter((slot) => !file[slot.from]);
  if (filled.length === 0) {
    const lines = listOf(missing.map((slot) => fileLabel[slot.from]), 'or');
    return { values: [], outcome: { error: `The file has no ${lines} line with a value, so nothing was filled.` } };
  }
  const absent = missing.length
    ? ` It has no ${listOf(missing.map((slot) => fileLabel[slot.from]), 'or')} line: enter ${listOf(missing.map((slot) => slot.label))} yourself.`
    : '';
  return {
    values: filled.map((slot) => ({ field: slot.field, value: file[slot.from] ?? '' })),
    outcome: { filled: `Filled ${listOf(filled.map((slot) => slot.label))} from the file.${absent}` },
  };
}
