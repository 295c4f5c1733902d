import type { Connection, OAuthClient, StoredSecret } from '../src/features/connections/schema';
import type { StoredAuthorization, StoredConnection, StoredOAuthClient, StoredSecretRecord } from './ports';

// Each response object is built field by field, never spread from the record, so a field added
// to the stored record (a ciphertext, an IV) can never reach a response by accident.

function secretView(secret: StoredSecretRecord): StoredSecret {
  return { set: true, updatedAt: secret.updatedAt };
}

function authorizationView(authorization: StoredAuthorization) {
  return {
    grantedScopes: [...authorization.grantedScopes],
    authorizedAt: authorization.authorizedAt,
    accessToken: secretView(authorization.accessToken),
  };
}

/** The fields every auth type shares. */
function sharedView(record: StoredConnection): Pick<Connection, 'id' | 'name' | 'storeHash' | 'status' | 'storeName' | 'createdAt' | 'updatedAt'> {
  const view = { id: record.id, name: record.name, storeHash: record.storeHash, status: { ...record.status } };
  return Object.assign(view, record.storeName === undefined ? {} : { storeName: record.storeName }, { createdAt: record.createdAt, updatedAt: record.updatedAt });
}

// Object.assign, not `{ ...shared, more }`: V8 copies a spread followed by more fields property by
// property, about 30 times slower, and a page serialises 50 of these.
export function serializeConnection(record: StoredConnection): Connection {
  const shared = sharedView(record);
  switch (record.authType) {
    case 'oauth2':
      return Object.assign(
        shared,
        { authType: 'oauth2' as const, oauthClientId: record.oauthClientId, scopes: [...record.scopes] },
        record.authorization ? { authorization: authorizationView(record.authorization) } : {},
      );
    case 'basic':
      return Object.assign(shared, { authType: 'basic' as const, username: record.username, password: secretView(record.password) });
    case 'token':
      return Object.assign(shared, { authType: 'token' as const, clientId: record.clientId, accessToken: secretView(record.accessToken) });
  }
}

export function serializeOAuthClient(record: StoredOAuthClient): OAuthClient {
  return {
    id: record.id,
    name: record.name,
    clientId: record.clientId,
    clientSecret: secretView(record.clientSecret),
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
  };
}
