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

export function serializeConnection(record: StoredConnection): Connection {
  const shared = {
    id: record.id,
    name: record.name,
    storeHash: record.storeHash,
    status: { ...record.status },
    ...(record.storeName === undefined ? {} : { storeName: record.storeName }),
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
  };
  switch (record.authType) {
    case 'oauth2':
      return {
        ...shared,
        authType: 'oauth2',
        oauthClientId: record.oauthClientId,
        scopes: [...record.scopes],
        ...(record.authorization ? { authorization: authorizationView(record.authorization) } : {}),
      };
    case 'basic':
      return { ...shared, authType: 'basic', username: record.username, password: secretView(record.password) };
    case 'token':
      return { ...shared, authType: 'token', clientId: record.clientId, accessToken: secretView(record.accessToken) };
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
