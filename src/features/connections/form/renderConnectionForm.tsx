import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { matchesFilter, oauthClientKeys } from '../api';
import type { Connection, ConnectionPage, ConnectionState, OAuthClient } from '../schema';
import { ConnectionForm } from './ConnectionForm';
import { json } from '../../../testing/fetch';

// For unit tests only: the form as the panel renders it, with its clients already in the cache, and
// fetch replaced by a mock that each test tells what the backend answers (but the searches of the
// saved connections, answered from `connections`).

export interface RenderConnectionFormOptions {
  /** The saved connections the backend has: its searches (`GET /api/connections?q=…`) answer from them. */
  connections: Connection[];
  /** The OAuth 2.0 clients to choose from. */
  oauthClients?: OAuthClient[];
  /** Editing: the saved connection. */
  connection?: Connection;
}

/** Renders the form under a heading, as the panel does; `onSaved` is a mock. */
export function renderConnectionForm({ connections, oauthClients = [], connection }: RenderConnectionFormOptions) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity, retry: false }, mutations: { gcTime: 0 } } });
  const searches = answerConnectionSearches(connections);
  queryClient.setQueryData(oauthClientKeys.lists(), oauthClients);
  const onSaved = vi.fn();
  const user = userEvent.setup();
  render(
    <QueryClientProvider client={queryClient}>
      <h1 id="heading">Create connection</h1>
      <ConnectionForm labelledBy="heading" onSaved={onSaved} onCancel={() => {}} connection={connection} />
    </QueryClientProvider>,
  );
  return { user, onSaved, queryClient, searches };
}

/** `GET /api/connections?…` as the backend answers it (the filter, one page) from `connections`. */
export function connectionPageOf(connections: readonly Connection[], url: string): ConnectionPage {
  const params = new URL(url, 'http://localhost').searchParams;
  const filter = { q: params.get('q') ?? undefined, status: params.get('status')?.split(',') as ConnectionState[] | undefined };
  return { connections: connections.filter((connection) => matchesFilter(connection, filter)), nextCursor: null };
}

/**
 * Wraps the current global fetch (a test's mock): the list's searches answer from `connections`,
 * the rest goes on to it. Returns the addresses of the searches, as they are asked.
 */
export function answerConnectionSearches(connections: readonly Connection[]): string[] {
  const inner = globalThis.fetch;
  const searches: string[] = [];
  vi.stubGlobal('fetch', (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    if ((init?.method ?? 'GET') !== 'GET' || !/^\/api\/connections(\?|$)/.test(url)) return inner(input, init);
    searches.push(url);
    return Promise.resolve(json(200, connectionPageOf(connections, url)));
  });
  return searches;
}

export { json, stubFetch } from '../../../testing/fetch';
