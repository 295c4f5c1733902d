import { nowIso } from '../clock';
import type { BackendDeps } from '../deps';
import type { StoredConnection } from '../ports';

export const revokedReason =
  'The app was uninstalled from this store in BigCommerce, so its token no longer works. Edit the connection and press Save & authorize to install it again.';

/**
 * BigCommerce told us (the uninstall callback) that the app with `clientId` was removed from
 * `storeHash`: every OAuth 2.0 connection of that app and store loses its token and says so.
 * Returns the connections it marked.
 */
export async function revokeAuthorizations(deps: BackendDeps, clientId: string, storeHash: string): Promise<StoredConnection[]> {
  const clientIds = new Set((await deps.oauthClients.findByClientId(clientId)).map((client) => client.id));
  const affected = (await deps.connections.findByStoreHash(storeHash)).filter(
    (connection) => connection.authType === 'oauth2' && connection.storeHash === storeHash && clientIds.has(connection.oauthClientId),
  );
  const checkedAt = nowIso();
  const revoke = (current: StoredConnection): StoredConnection => {
    if (current.authType !== 'oauth2') return current;
    return { ...current, authorization: undefined, status: { state: 'revoked', reason: revokedReason, checkedAt } };
  };
  const marked = await Promise.all(affected.map((connection) => deps.connections.updateChecked(connection.id, connection.updatedAt, revoke, 'uninstall')));
  return marked.filter((connection): connection is StoredConnection => connection?.status.state === 'revoked');
}
