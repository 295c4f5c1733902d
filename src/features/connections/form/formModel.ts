import type { DefaultValues, FieldPath } from 'react-hook-form';
import type { AuthType, Connection, ConnectionFormValues, NormalizedStoreHash } from '../schema';

export type ConnectionFieldName = FieldPath<ConnectionFormValues>;

/** The fields of each auth type's branch, in the order the panel shows them. */
export const branchFields = {
  oauth2: ['storeHash', 'oauthClientId', 'scopes'],
  basic: ['username', 'password', 'storeHash'],
  token: ['accessToken', 'clientId', 'storeHash'],
} as const satisfies Record<AuthType, readonly ConnectionFieldName[]>;

export type BranchField = (typeof branchFields)[AuthType][number];

/** Every field the panel can show, in page order for the chosen auth type. */
export function fieldOrder(authType: AuthType | undefined): ConnectionFieldName[] {
  return ['name', 'authType', ...(authType ? branchFields[authType] : [])];
}

/**
 * The fields to drop when the auth type changes from `previous` to `next`: everything of the
 * old branch that the new one does not also have (so the store hash stays; secrets never do).
 */
export function fieldsToDrop(previous: AuthType | undefined, next: AuthType): BranchField[] {
  if (!previous || previous === next) return [];
  const keep = new Set<string>(branchFields[next]);
  return branchFields[previous].filter((field) => !keep.has(field));
}

/** The id of the element that represents a field: an input, the first radio, the scope filter. */
export function fieldId(path: string): string {
  return `field-${path.split('.')[0]}`;
}

export const emptyFormValues: DefaultValues<ConnectionFormValues> = { name: '' };

/** A saved connection as form values: secrets start empty, they must be entered again. */
export function toFormValues(connection: Connection): DefaultValues<ConnectionFormValues> {
  const shared = { name: connection.name, storeHash: connection.storeHash };
  switch (connection.authType) {
    case 'oauth2':
      return { ...shared, authType: 'oauth2', oauthClientId: connection.oauthClientId, scopes: [...connection.scopes] };
    case 'basic':
      return { ...shared, authType: 'basic', username: connection.username, password: '' };
    case 'token':
      return { ...shared, authType: 'token', clientId: connection.clientId, accessToken: '' };
  }
}

const sourceWords: Record<NormalizedStoreHash['source'], string> = {
  'api-path': 'the API path',
  'control-panel': 'the control-panel address',
  context: 'the store context',
  hash: 'the quoted text',
};

/** What the store-hash field says after it reduced what was pasted or typed. */
export function storeHashNote(result: NormalizedStoreHash, how: 'pasted' | 'entered'): string {
  return `Reduced to the store hash ${result.hash} from ${sourceWords[result.source]} you ${how}.`;
}
