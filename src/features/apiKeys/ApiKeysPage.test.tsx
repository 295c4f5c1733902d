import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Router } from 'wouter';
import { answerRoutes, json, stubFetch, type RouteAnswer } from '../../testing/fetch';
import { StatusProvider, StatusRegion } from '../../ui/StatusMessage';
import { apiKeyMessages, type ApiKey, type Connection } from '../connections/schema';
import { ApiKeysPage } from './ApiKeysPage';

const fetchMock = stubFetch();
afterEach(() => vi.unstubAllEnvs());

const at = '2026-12-01T09:30:00.000Z';
const secret = `bcw_${'A1b2C3d4'.repeat(5)}xyz`;
const connection = (id: string, name: string): Connection => ({
  id,
  name,
  authType: 'token',
  clientId: 'abc',
  accessToken: { set: true, updatedAt: at },
  storeHash: 'x7kq2mfa9b',
  status: { state: 'online' },
  createdAt: at,
  updatedAt: at,
});
const saved = [connection('c1', 'Plumtree (Token)'), connection('c2', 'Plumtree (Basic)')];
const apiKey = (over: Partial<ApiKey> = {}): ApiKey => ({
  id: 'k1',
  name: 'Nightly export',
  connections: ['c1'],
  access: 'read',
  hint: 'bcw_…9xyz',
  createdAt: at,
  lastUsedAt: null,
  ...over,
});

/** Answers by method and path; POST and DELETE answers are set per test. */
const backend = (answers: Record<string, RouteAnswer>) => answerRoutes(fetchMock, answers);

function renderPage() {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { gcTime: 0, retry: false } } });
  history.replaceState(null, '', '/api-keys');
  render(
    <QueryClientProvider client={queryClient}>
      <StatusProvider>
        <Router>
          <StatusRegion />
          <ApiKeysPage />
        </Router>
      </StatusProvider>
    </QueryClientProvider>,
  );
  return { user: userEvent.setup(), queryClient };
}

const rowsOf = () =>
  within(screen.getByRole('table', { name: 'API keys, newest first' }))
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...within(row).getAllByRole('rowheader'), ...within(row).getAllByRole('cell')].map((cell) => cell.textContent));

describe('the API keys page', () => {
  it('lists the keys: name, connections, access, created, last used ("Never" until used), Revoke', async () => {
    backend({
      'GET /api/api-keys': () =>
        json(200, { keys: [apiKey(), apiKey({ id: 'k2', name: 'Sync', connections: 'all', access: 'write', lastUsedAt: at }), apiKey({ id: 'k3', name: 'Old', connections: ['gone'] })] }),
      // Each chosen connection is asked for by its ID: the list may hold thousands.
      'GET /api/connections/c1': () => json(200, saved[0]),
      'GET /api/connections/gone': () => json(404, { error: { status: 404, code: 'not_found', message: 'No such connection.' } }),
    });
    renderPage();
    expect(await screen.findByRole('heading', { level: 1, name: 'API keys' })).toBeInTheDocument();
    expect(document.title).toBe('API keys – BigCommerce connections');
    await waitFor(() => expect(screen.getByRole('link', { name: 'Plumtree (Token)' })).toHaveAttribute('href', '/connections/c1'));
    const rows = rowsOf();
    expect(rows[0]?.slice(0, 3)).toEqual(['Nightly export, key bcw_…9xyz', 'Plumtree (Token)', 'Read (GET and HEAD only)']);
    expect(rows[0]?.[4]).toBe('Never');
    expect(rows[1]?.slice(1, 3)).toEqual(['All connections', 'Read and write']);
    expect(rows[1]?.[4]).not.toBe('Never');
    expect(rows[2]?.[1]).toBe('A deleted connection');
    expect(screen.getByRole('button', { name: 'Revoke Nightly export' })).toBeInTheDocument();
  });

  it('each value cell carries its column name (data-label), for the cards of a narrow screen; the Revoke cell needs none', async () => {
    backend({
      'GET /api/api-keys': () => json(200, { keys: [apiKey(), apiKey({ id: 'k2', name: 'Sync', connections: 'all', access: 'write', lastUsedAt: at })] }),
      'GET /api/connections/c1': () => json(200, saved[0]),
    });
    renderPage();
    const table = await screen.findByRole('table', { name: 'API keys, newest first' });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((cell) => cell.textContent);
    expect(headers).toEqual(['Name', 'Connections', 'Access', 'Created', 'Last used', 'Actions']);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      // The name is the row's header, shown first in bold: a card's title, not labelled.
      const labels = within(row)
        .getAllByRole('cell')
        .map((cell) => cell.getAttribute('data-label'));
      expect(labels).toEqual([...headers.slice(1, 5), null]);
    }
    // "Never" and "Read" read with their column's name, not bare.
    expect(within(rows[0]!).getByText('Never')).toHaveAttribute('data-label', 'Last used');
    expect(within(rows[0]!).getByText('Read (GET and HEAD only)')).toHaveAttribute('data-label', 'Access');
  });

  it('says when there is no key yet', async () => {
    backend({ 'GET /api/api-keys': () => json(200, { keys: [] }), 'GET /api/connections': () => json(200, { connections: [], nextCursor: null }) });
    renderPage();
    expect(await screen.findByText('No API keys yet.')).toBeInTheDocument();
  });

  it('an empty form: every message on its field and in a summary that takes focus; nothing sent', async () => {
    backend({ 'GET /api/api-keys': () => json(200, { keys: [] }), 'GET /api/connections': () => json(200, { connections: saved, nextCursor: null }) });
    const { user } = renderPage();
    await user.click(await screen.findByRole('button', { name: 'Create key' }));
    const summary = await screen.findByRole('alert', { name: 'There is a problem' });
    expect(summary).toHaveFocus();
    expect(within(summary).getAllByRole('link').map((link) => link.textContent)).toEqual([
      apiKeyMessages.nameRequired,
      apiKeyMessages.connectionsRequired,
      apiKeyMessages.accessRequired,
    ]);
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveAccessibleDescription(expect.stringContaining(apiKeyMessages.nameRequired));
    expect(screen.getByRole('group', { name: 'Connections it may use' })).toHaveAccessibleDescription(apiKeyMessages.connectionsRequired);
    expect(screen.getByRole('group', { name: 'Access' })).toHaveAccessibleDescription(apiKeyMessages.accessRequired);

    // Chosen, but none ticked: still the connections' message.
    await user.click(screen.getByRole('radio', { name: 'Only the ones I choose' }));
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Export');
    await user.click(screen.getByRole('radio', { name: 'Read and write' }));
    await user.click(screen.getByRole('button', { name: 'Create key' }));
    await waitFor(() => expect(within(screen.getByRole('alert', { name: 'There is a problem' })).getAllByRole('link')).toHaveLength(1));
    expect(fetchMock.mock.calls.filter(([, init]) => init?.method === 'POST')).toEqual([]);
  });

  it('creates a key for chosen connections: the secret shown once with a copy button and a curl line, gone after Done', async () => {
    let sent: unknown;
    const created = apiKey({ connections: ['c2'] });
    backend({
      'GET /api/api-keys': () => json(200, { keys: sent ? [created] : [] }),
      'GET /api/connections': () => json(200, { connections: saved, nextCursor: null }),
      'POST /api/api-keys': (init) => {
        sent = JSON.parse(String(init?.body));
        return json(201, { key: created, secret });
      },
    });
    const { user, queryClient } = renderPage();
    await user.type(await screen.findByRole('textbox', { name: 'Name' }), '  Nightly export ');
    await user.click(screen.getByRole('radio', { name: 'Only the ones I choose' }));
    // Ticks survive a switch to "all" and back.
    await user.click(await screen.findByRole('checkbox', { name: 'Plumtree (Basic)' }));
    await user.click(screen.getByRole('radio', { name: 'All connections, including ones saved later' }));
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Only the ones I choose' }));
    expect(screen.getByRole('checkbox', { name: 'Plumtree (Basic)' })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: 'Read (GET and HEAD only)' }));
    await user.click(screen.getByRole('button', { name: 'Create key' }));

    const notice = await screen.findByRole('region', { name: 'Your new key “Nightly export”' });
    expect(sent).toEqual({ name: 'Nightly export', connections: ['c2'], access: 'read' });
    expect(within(notice).getByRole('heading', { level: 2 })).toHaveFocus();
    expect(notice).toHaveTextContent('Copy the key now: it will not be shown again.');
    expect(within(notice).getByText(secret)).toBeInTheDocument();
    expect(within(notice).getByRole('button', { name: 'Copy the key' })).toBeInTheDocument();
    expect(within(notice).getByText(/^curl /)).toHaveTextContent(
      `curl -H "Authorization: Bearer ${secret}" "${location.origin}/proxy/c2/v3/catalog/products?limit=5"`,
    );
    // The form is away while the secret shows; the list has the key, without its secret.
    expect(screen.queryByRole('button', { name: 'Create key' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Revoke Nightly export' })).toBeInTheDocument();
    expect(JSON.stringify(queryClient.getQueryCache().getAll().map((query) => query.state.data))).not.toContain(secret);
    expect(queryClient.getMutationCache().getAll()).toEqual([]);

    await user.click(within(notice).getByRole('button', { name: 'Done' }));
    expect(document.body.innerHTML).not.toContain(secret);
    expect(screen.getByRole('heading', { level: 2, name: 'Your keys' })).toHaveFocus();
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveValue('');
  });

  it('chooses by a search over the saved connections; the chosen ones stay listed, each with Remove', async () => {
    const others = Array.from({ length: 3 }, (_, index) => connection(`s${index}`, `Shop ${index}`));
    backend({
      'GET /api/api-keys': () => json(200, { keys: [] }),
      'GET /api/connections': () => json(200, { connections: saved, nextCursor: 'page-2' }),
      'GET /api/connections?cursor=page-2': () => json(200, { connections: others, nextCursor: null }),
      'GET /api/connections?q=basic': () => json(200, { connections: [saved[1]], nextCursor: null }),
      'GET /api/connections?q=nothing': () => json(200, { connections: [], nextCursor: null }),
    });
    const { user } = renderPage();
    await user.click(await screen.findByRole('radio', { name: 'Only the ones I choose' }));
    await user.click(await screen.findByRole('checkbox', { name: 'Plumtree (Token)' }));
    expect(screen.getByRole('checkbox', { name: 'Plumtree (Token)' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Show more connections' }));
    expect(await screen.findByRole('checkbox', { name: 'Shop 2' })).not.toBeChecked();

    const search = screen.getByRole('searchbox', { name: 'Search connections' });
    await user.type(search, 'basic');
    await waitFor(() => expect(screen.queryByRole('checkbox', { name: 'Plumtree (Token)' })).not.toBeInTheDocument());
    await user.click(await screen.findByRole('checkbox', { name: 'Plumtree (Basic)' }));
    expect(screen.getByText('Chosen (2):')).toHaveAttribute('role', 'status');
    expect(screen.getByRole('button', { name: 'Remove Plumtree (Token)' })).toBeInTheDocument();

    await user.clear(search);
    await user.type(search, 'nothing');
    expect(await screen.findByText('No connection matches “nothing”.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Remove Plumtree (Token)' }));
    expect(screen.getByText('Chosen (1):')).toBeInTheDocument();
    expect(search).toHaveFocus();
  });

  it('a key for all connections tries the first saved one; with none saved, says to save one first', async () => {
    backend({
      'GET /api/api-keys': () => json(200, { keys: [] }),
      'GET /api/connections': () => json(200, { connections: saved, nextCursor: null }),
      'POST /api/api-keys': () => json(201, { key: apiKey({ connections: 'all', access: 'write' }), secret }),
    });
    const { user } = renderPage();
    await user.type(await screen.findByRole('textbox', { name: 'Name' }), 'Sync');
    await user.click(screen.getByRole('radio', { name: 'All connections, including ones saved later' }));
    await user.click(screen.getByRole('radio', { name: 'Read and write' }));
    await user.click(screen.getByRole('button', { name: 'Create key' }));
    expect(await screen.findByText(/^curl /)).toHaveTextContent(`${location.origin}/proxy/c1/v3/catalog/products?limit=5`);
  });

  it('a 422 on connections lands on that field', async () => {
    const message = apiKeyMessages.unknownConnections(1);
    backend({
      'GET /api/api-keys': () => json(200, { keys: [] }),
      'GET /api/connections': () => json(200, { connections: saved, nextCursor: null }),
      'POST /api/api-keys': () => json(422, { error: { status: 422, code: 'validation_failed', message: 'Invalid.', fields: [{ path: 'connections', message }] } }),
    });
    const { user } = renderPage();
    await user.type(await screen.findByRole('textbox', { name: 'Name' }), 'Export');
    await user.click(screen.getByRole('radio', { name: 'Only the ones I choose' }));
    await user.click(await screen.findByRole('checkbox', { name: 'Plumtree (Token)' }));
    await user.click(screen.getByRole('radio', { name: 'Read (GET and HEAD only)' }));
    await user.click(screen.getByRole('button', { name: 'Create key' }));
    const summary = await screen.findByRole('alert', { name: 'There is a problem' });
    await waitFor(() => expect(summary).toHaveFocus());
    expect(within(summary).getByRole('link', { name: message })).toHaveAttribute('href', '#api-key-connections');
    expect(screen.getByRole('group', { name: 'Connections it may use' })).toHaveAccessibleDescription(message);
  });

  it('Revoke asks first: Cancel keeps the key; Revoke removes it and says so', async () => {
    let revoked = false;
    backend({
      'GET /api/api-keys': () => json(200, { keys: revoked ? [] : [apiKey()] }),
      'GET /api/connections': () => json(200, { connections: saved, nextCursor: null }),
      'DELETE /api/api-keys/k1': () => {
        revoked = true;
        return new Response(null, { status: 204 });
      },
    });
    const { user } = renderPage();
    await user.click(await screen.findByRole('button', { name: 'Revoke Nightly export' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Revoke API key?' });
    expect(dialog).toHaveTextContent('Revoke the key “Nightly export”? Programs that use it get 401 from their next call.');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(revoked).toBe(false);

    await user.click(screen.getByRole('button', { name: 'Revoke Nightly export' }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Revoke' }));
    expect(await screen.findByText('No API keys yet.')).toBeInTheDocument();
    expect(revoked).toBe(true);
    expect(screen.getAllByRole('status')[0]).toHaveTextContent('API key "Nightly export" revoked.');
  });
});
