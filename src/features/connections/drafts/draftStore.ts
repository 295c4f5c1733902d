import type { DefaultValues } from 'react-hook-form';
import { authTypes } from '../schema/plain';
import type { AuthType, ConnectionFormValues } from '../schema';
import type { Draft, DraftValues } from './draftSchema';
import { writeRawDraft } from './draftStorage';
import type { ConnectionFieldName } from '../form/formModel';

export { draftMaxAgeMs, readRawDraft, removeDraft } from './draftStorage';

// A draft of the connection panel in localStorage, so that what was typed survives a reload or a
// closed tab. Secrets never go in: a draft is built from an allow-list of field names per auth
// type (password, accessToken and the OAuth client's secret are on none of them), and a stored
// draft with any other key fails the strict schema on read and is dropped.

/** The non-secret fields a draft may hold, per auth type (and before one is chosen). */
export const draftFields = {
  none: ['name'],
  oauth2: ['name', 'authType', 'storeHash', 'oauthClientId', 'scopes'],
  basic: ['name', 'authType', 'username', 'storeHash'],
  token: ['name', 'authType', 'clientId', 'storeHash'],
} as const satisfies Record<AuthType | 'none', readonly ConnectionFieldName[]>;

/** The secret fields of each auth type: a restored draft sets them empty, never from storage. */
export const secretFields = {
  oauth2: [],
  basic: ['password'],
  token: ['accessToken'],
} as const satisfies Record<AuthType, readonly ConnectionFieldName[]>;

const keyPrefix = 'connection-draft:';

/** The storage key of a panel's draft: `connection-draft:new` or `connection-draft:<id>`. */
export function draftKey(connectionId: string | undefined): string {
  return `${keyPrefix}${connectionId ?? 'new'}`;
}

function isAuthType(value: unknown): value is AuthType {
  return typeof value === 'string' && (authTypes as readonly string[]).includes(value);
}

/**
 * The draft-able part of the form values: only the allow-listed fields of the chosen auth type,
 * only values of the expected kind (strings; an array of strings for scopes).
 */
export function toDraftValues(values: Partial<Record<string, unknown>>): DraftValues {
  const authType = isAuthType(values.authType) ? values.authType : undefined;
  // A secret pasted into a plain field (the token in Client ID, say) must not ride along.
  const typedSecrets = [values.password, values.accessToken, values.clientSecret]
    .filter((value): value is string => typeof value === 'string')
    .map((value) => value.trim())
    .filter((value) => value.length > 0);
  const out: Record<string, unknown> = {};
  for (const name of draftFields[authType ?? 'none']) {
    const value = values[name];
    if (name === 'scopes') {
      if (Array.isArray(value)) out[name] = value.filter((item): item is string => typeof item === 'string');
    } else if (typeof value === 'string' && !typedSecrets.some((secret) => value.includes(secret))) {
      out[name] = value;
    }
  }
  return out as DraftValues;
}

/** True when two draft values say the same (so the draft-able fields are unchanged). */
export function sameDraftValues(a: DraftValues, b: DraftValues): boolean {
  return stableJson(a) === stableJson(b);
}

function stableJson(values: DraftValues): string {
  const record = values as Record<string, unknown>;
  // Empty strings and empty lists say nothing the baseline does not: "" equals absent.
  const keys = Object.keys(record)
    .filter((key) => !isEmpty(record[key]))
    .sort();
  return JSON.stringify(keys.map((key) => [key, record[key]]));
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}

/**
 * The form values to restore from a draft: the draft's fields over the panel's defaults, every
 * secret of its auth type empty.
 */
export function draftToFormValues(draft: Draft, defaults: DefaultValues<ConnectionFormValues>): DefaultValues<ConnectionFormValues> {
  const values = draft.values;
  const base: Record<string, unknown> = { ...(defaults as Record<string, unknown>) };
  if ('authType' in values && values.authType !== base.authType) {
    // Another auth type than the saved one: none of the old branch's values carry over, except the store hash.
    for (const key of Object.keys(base)) if (key !== 'name' && key !== 'storeHash') delete base[key];
  }
  for (const key of ['password', 'accessToken', 'clientSecret']) delete base[key];
  const secrets: Record<string, string> = {};
  if ('authType' in values) for (const name of secretFields[values.authType]) secrets[name] = '';
  return { ...base, ...toDraftValues(values as Record<string, unknown>), ...secrets } as DefaultValues<ConnectionFormValues>;
}

/**
 * Stores the draft-able part of `values` (nothing else) under `key`; `basedOn` is the edited
 * connection's `updatedAt`, so that a draft older than the connection's last change can say so.
 */
export function writeDraft(key: string, values: Partial<Record<string, unknown>>, now: Date = new Date(), basedOn?: string): void {
  const draft: Draft = { version: 1, savedAt: now.toISOString(), ...(basedOn ? { basedOn } : {}), values: toDraftValues(values) };
  writeRawDraft(key, JSON.stringify(draft));
}
