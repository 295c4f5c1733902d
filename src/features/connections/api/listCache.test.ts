import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import type { Connection } from '../schema';
import { dropDeletedConnection, storeCheckedConnection, storeSavedConnection } from './cache';
import { connectionKeys } from './keys';
import { getConnectionQuery } from './getConnection';
import { connectionListUrl, listConnectionsQuery, loadedConnections, type ConnectionPages } from './listConnections';

const at = '2026-12-01T09:30:00.000Z';
const connection = (id: string, name: string, state: Connection['status']['state'] = 'online'): Connection => ({
  id,
  name,
  authType: 'token',
  clientId: 'abc',
  accessToken: { set: true, updatedAt: at },
  storeHash: `store${id}`,
  status: { state },
  createdAt: at,
  updatedAt: at,
});
const pages = (...lists: Connection[][]): ConnectionPages => ({
  pages: lists.map((connections, index) => ({ connections, nextCursor: index < lists.length - 1 ? `c${index}` : null })),
  pageParams: lists.map((_, index) => (index === 0 ? undefined : `c${index - 1}`)),
});

function cached() {
  const queryClient = new QueryClient();
  const all = listConnectionsQuery().queryKey;
  const plum = listConnectionsQuery({ q: ' plum ' }).queryKey;
  const broken = listConnectionsQuery({ status: ['offline', 'not_authorized'] }).queryKey;
  queryClient.setQueryData(all, pages([connection('a', 'Plum A'), connection('b', 'Other')], [connection('c', 'Plum C')]));
  queryClient.setQueryData(plum, pages([connection('a', 'Plum A'), connection('c', 'Plum C')]));
  queryClient.setQueryData(broken, pages([]));
  const names = (key: readonly unknown[]) => loadedConnections(queryClient.getQueryData<ConnectionPages>(key)).map((item) => item.name);
  return { queryClient, all, plum, broken, names };
}

describe('the paged lists in the cache', () => {
  it('keys a list by its filter, spelt one way; asks with only what is set', () => {
    expect(connectionKeys.list({ q: '  ', status: [] })).toEqual(connectionKeys.list());
    expect(connectionKeys.list({ status: ['offline', 'revoked', 'offline'] })).toEqual(connectionKeys.list({ status: ['revoked', 'offline'] }));
    expect(connectionListUrl({})).toBe('/api/connections');
    expect(connectionListUrl({ q: ' a&b ', status: ['revoked', 'offline'], limit: 10 }, 'xyz')).toBe(
      '/api/connections?q=a%26b&status=offline%2Crevoked&limit=10&cursor=xyz',
    );
  });

  it('puts a saved connection first in the lists it matches, and out of the others', () => {
    const { queryClient, all, plum, broken, names } = cached();
    storeSavedConnection(queryClient, connection('b', 'Plum B'));
    expect(names(all)).toEqual(['Plum B', 'Plum A', 'Plum C']);
    expect(names(plum)).toEqual(['Plum B', 'Plum A', 'Plum C']);
    expect(names(broken)).toEqual([]);
    storeSavedConnection(queryClient, connection('c', 'Renamed'));
    expect(names(all)).toEqual(['Renamed', 'Plum B', 'Plum A']);
    expect(names(plum)).toEqual(['Plum B', 'Plum A']);
  });

  it('changes a checked connection in place on any page; drops a deleted one from every list', () => {
    const { queryClient, all, plum, names } = cached();
    storeCheckedConnection(queryClient, connection('c', 'Plum C', 'offline'));
    expect(loadedConnections(queryClient.getQueryData<ConnectionPages>(all))[2]?.status.state).toBe('offline');
    dropDeletedConnection(queryClient, 'a');
    expect(names(all)).toEqual(['Other', 'Plum C']);
    expect(names(plum)).toEqual(['Plum C']);
  });

  it('opens a connection from any list’s copy; lists a connection seen twice once', () => {
    const { queryClient } = cached();
    const options = getConnectionQuery('c', queryClient);
    expect((options.initialData as () => Connection | undefined)()?.name).toBe('Plum C');
    expect(loadedConnections(pages([connection('a', 'A')], [connection('a', 'A'), connection('b', 'B')])).map((item) => item.id)).toEqual(['a', 'b']);
  });
});
