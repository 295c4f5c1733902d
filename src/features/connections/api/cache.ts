import type { QueryClient } from '@tanstack/react-query';
import type { Connection, OAuthClient } from '../schema';
import { connectionKeys, oauthClientKeys } from './keys';
import { editCachedLists, matchesFilter } from './listCache';

// Saved records carry no secret (only `{ set, updatedAt }`), so they may live in the cache.

/**
 * Puts a saved connection first in each cached list it belongs in (newest change first), out of
 * the others, and in its detail entry; the lists are fetched again for the rest.
 */
export function storeSavedConnection(queryClient: QueryClient, saved: Connection): void {
  queryClient.setQueryData(connectionKeys.detail(saved.id), saved);
  editCachedLists(queryClient, (connections, filter, firstPage) => {
    const others = connections.filter((connection) => connection.id !== saved.id);
    return firstPage && matchesFilter(saved, filter) ? [saved, ...others] : others;
  });
  void queryClient.invalidateQueries({ queryKey: connectionKeys.lists() });
}

/**
 * Puts a connection whose status changed (a test, an authorization) into the cached lists in place
 * and into its detail entry. A test does not change `updatedAt`, so the order stays; a list of some
 * states may lose it, which its refetch decides.
 */
export function storeCheckedConnection(queryClient: QueryClient, checked: Connection): void {
  queryClient.setQueryData(connectionKeys.detail(checked.id), checked);
  editCachedLists(queryClient, (connections) => connections.map((connection) => (connection.id === checked.id ? checked : connection)));
  void queryClient.invalidateQueries({ queryKey: connectionKeys.lists() });
}

/** Takes a deleted connection out of every cached list. */
export function dropDeletedConnection(queryClient: QueryClient, id: string): void {
  queryClient.removeQueries({ queryKey: connectionKeys.detail(id) });
  editCachedLists(queryClient, (connections) => connections.filter((connection) => connection.id !== id));
  void queryClient.invalidateQueries({ queryKey: connectionKeys.lists() });
}

export function storeSavedOAuthClient(queryClient: QueryClient, saved: OAuthClient): void {
  queryClient.setQueryData<OAuthClient[]>(oauthClientKeys.lists(), (list) => {
    if (!list) return [saved];
    return list.some((client) => client.id === saved.id) ? list.map((client) => (client.id === saved.id ? saved : client)) : [...list, saved];
  });
  void queryClient.invalidateQueries({ queryKey: oauthClientKeys.lists() });
}
