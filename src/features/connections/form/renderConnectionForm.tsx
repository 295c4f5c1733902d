import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { connectionKeys, oauthClientKeys } from '../api';
import type { Connection, OAuthClient } from '../schema';
import { ConnectionForm } from './ConnectionForm';

// For unit tests only: the form as the panel renders it, with its data already in the cache, and
// fetch replaced by a mock that each test tells what the backend answers.

export interface RenderConnectionFormOptions {
  /** The saved connections the form knows of (the list query's data). */
  connections: Connection[];
  /** The OAuth 2.0 clients to choose from. */
  oauthClients?: OAuthClient[];
  /** Editing: the saved connection. */
  connection?: Connection;
}

/** Renders the form under a heading, as the panel does; `onSaved` is a mock. */
export function renderConnectionForm({ connections, oauthClients = [], connection }: RenderConnectionFormOptions) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity, retry: false }, mutations: { gcTime: 0 } } });
  queryClient.setQueryData(connectionKeys.lists(), connections);
  queryClient.setQueryData(oauthClientKeys.lists(), oauthClients);
  const onSaved = vi.fn();
  const user = userEvent.setup();
  render(
    <QueryClientProvider client={queryClient}>
      <h1 id="heading">Create connection</h1>
      <ConnectionForm labelledBy="heading" onSaved={onSaved} onCancel={() => {}} connection={connection} />
    </QueryClientProvider>,
  );
  return { user, onSaved, queryClient };
}

export { json, stubFetch } from '../../../testing/fetch';
