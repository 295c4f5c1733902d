import type { QueryClient } from '@tanstack/react-query';
import type { Connection, OAuthClient } from '../schema';
import { connectionKeys, oauthClientKeys } from './keys';

// Saved records carry no secret (only `{ set, updatedAt }`), so they may live in the cache.

/** Puts a saved connection first in the cached list (newest change first) and in its detail entry. */
export function storeSavedConnection(queryClient: QueryClient, saved: Connection): void {
  queryClient.setQueryData(connectionKeys.detail(saved.id), saved);
  queryClient.setQueryData<Connection[]>(connectionKeys.lists(), (list) =>
    list ? [saved, ...list.filter((connection) => connection.id !== saved.id)] : list,
  );
  void queryClient.invalidateQueries({ queryKey: connectionKeys.lists() });
}

/**
 * Puts a connection whose status changed (a test, an authorization) into the cached list in place
 * and into its detail entry. A test does not change `updatedAt`, so the order stays.
 */
export function storeCheckedConnection(queryClient: QueryClient, checked: Connection): void {
  queryClient.setQueryData(connectionKeys.detail(checked.id), checked);
  queryClient.setQueryData<Connection[]>(connectionKeys.lists(), (list) =>
    list?.some((connection) => connection.id === checked.id) ? list.map((connection) => (connection.id === checked.id ? checked : connection)) : list,
  );
  void queryClient.invalidateQueries({ queryKey: connectionKeys.lists() });
}

export function storeSavedOAuthClient(queryClient: QueryClient, saved: OAuthClient): void {
  queryClient.setQueryData<OAuthClient[]>(oauthClientKeys.lists(), (list) => {
    if (!list) return [saved];
    return list.some((client) => client.id === saved.id) ? list.map((client) => (client.id === saved.id ? saved : client)) : [...list, saved];
  });
  void queryClient.invalidateQueries({ queryKey: oauthClientKeys.lists() });
}
