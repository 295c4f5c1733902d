import type { QueryClient } from '@tanstack/react-query';
import type { Connection } from '../schema';
import { connectionKeys, type ConnectionListFilter } from './keys';
import type { ConnectionPages } from './listConnections';

/** Whether the backend would list `connection` under `filter` (docs/api.md: `q` case-blind, anywhere in the name or store hash). */
export function matchesFilter(connection: Connection, { q, status }: ConnectionListFilter): boolean {
  const search = q?.trim().toLowerCase();
  if (search && !connection.name.toLowerCase().includes(search) && !connection.storeHash.toLowerCase().includes(search)) return false;
  return !status || status.length === 0 || status.includes(connection.status.state);
}

type PageEdit = (connections: Connection[], filter: ConnectionListFilter, firstPage: boolean) => Connection[];

/** Rewrites the loaded pages of every cached list (each list's key ends with its filter). */
export function editCachedLists(queryClient: QueryClient, edit: PageEdit): void {
  for (const [key] of queryClient.getQueriesData<ConnectionPages>({ queryKey: connectionKeys.lists() })) {
    const filter = (key[2] ?? {}) as ConnectionListFilter;
    queryClient.setQueryData<ConnectionPages>(key, (data) =>
      data && { ...data, pages: data.pages.map((page, index) => ({ ...page, connections: edit(page.connections, filter, index === 0) })) },
    );
  }
}

/** A connection from any loaded page of any list, with when that list was fetched. */
export function findListedConnection(queryClient: QueryClient, id: string): { connection: Connection; updatedAt: number } | undefined {
  for (const [key, data] of queryClient.getQueriesData<ConnectionPages>({ queryKey: connectionKeys.lists() })) {
    for (const page of data?.pages ?? []) {
      const connection = page.connections.find((item) => item.id === id);
      if (connection) return { connection, updatedAt: queryClient.getQueryState(key)?.dataUpdatedAt ?? 0 };
    }
  }
  return undefined;
}
