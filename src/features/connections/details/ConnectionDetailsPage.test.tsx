import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Router } from 'wouter';
import { json, stubFetch } from '../../../testing/fetch';
import { StatusProvider, StatusRegion } from '../../../ui/StatusMessage';
import type { ApiKey, Connection, ConnectionUsage, StatusChange } from '../schema';
import { ConnectionDetailsPage } from './ConnectionDetailsPage';

const fetchMock = stubFetch();
afterEach(() => vi.unstubAllEnvs());

const at = '2026-12-01T09:30:00.000Z';
const secret = { set: true, updatedAt: at } as const;

const token: Connection = {
  id: 'c1',
  name: 'Plumtree (Token)',
  authType: 'token',
  clientId: 'abc',
  accessToken: secret,
  storeHash: 'x7kq2mfa9b',
  storeName: 'Plumtree Outfitters',
  status: { state: 'online', checkedAt: at },
  createdAt: at,
  updatedAt: at,
};

const oauth = (authorization?: { grantedScopes: string[] }): Connection => ({
  id: 'c2',
  name: 'Plumtree (OAuth)',
  authType: 'oauth2',
  oauthClientId: 'client-1',
  scopes: ['store_v2_products_read_only'],
  storeHash: 'x7kq2mfa9b',
  status: authorization ? { state: 'authorized', checkedAt: at } : { state: 'not_authorized' },
  authorization: authorization && { ...authorization, authorizedAt: at, accessToken: secret },
  createdAt: at,
  updatedAt: at,
});

const key = (id: string, connections: ApiKey['connections'], access: ApiKey['access'] = 'read'): ApiKey => ({
  id,
  name: `Key ${id}`,
  connections,
  access,
  hint: `bcw_…${id.padStart(4, '0')}`,
  createdAt: at,
  lastUsedAt: null,
});

const usage: ConnectionUsage = { since: at, calls: 42, waited: 3, longestWaitMs: 2500, absorbed429: 1, passed429: 0, errors: 2 };

/** Answers by path: each request gets the answer its URL and method ask for. */
function backend(answers: Record<string, () => Response>) {
  fetchMock.mockImplementation(async (input, init) => {
    const answer = answers[`${init?.method ?? 'GET'} ${String(input)}`];
    if (!answer) throw new Error(`unexpected request ${init?.method ?? 'GET'} ${String(input)}`);
    return answer();
  });
}

function renderPage(id: string) {
  history.replaceState(null, '', `/connections/${id}`);
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { gcTime: 0, retry: false } } });
  render(
    <QueryClientProvider client={queryClient}>
      <StatusProvider>
        <Router>
          <StatusRegion />
          <ConnectionDetailsPage id={id} />
        </Router>
      </StatusProvider>
    </QueryClientProvider>,
  );
  return userEvent.setup();
}

const region = (name: string) => screen.getByRole('region', { name });
const facts = (name: string) =>
  within(region(name))
    .getAllByRole('term')
    .map((term) => [term.textContent, term.nextElementSibling?.textContent]);

describe('a connection’s page', () => {
  it('shows what it is and whether it works: auth type, store, status, when last checked; the title is its name', async () => {
    backend({ 'GET /api/connections/c1': () => json(200, token) });
    renderPage('c1');
    expect(await screen.findByRole('heading', { level: 1, name: 'Plumtree (Token)' })).toBeInTheDocument();
    expect(document.title).toBe('Plumtree (Token) – BigCommerce connections');
    expect(facts('Overview').slice(0, 3)).toEqual([
      ['Auth type', 'Token'],
      ['Store', 'Plumtree Outfitters'],
      ['Store hash', 'x7kq2mfa9b'],
    ]);
    const [status, checked] = facts('Status');
    expect(status?.[0]).toBe('Status');
    expect(status?.[1]).toMatch(/^Working Connected to Plumtree Outfitters Checked (just now|\d+ \w+ ago|yesterday)$/);
    expect(checked?.[0]).toBe('Last checked');
    expect(within(region('Status')).getByText(checked?.[1] ?? '')).toHaveAttribute('dateTime', at);
    expect(screen.queryByRole('region', { name: 'Granted scopes' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Edit' })).toHaveAttribute('href', '/connections/c1/edit');
  });

  it('the embedded demo says in one line that keys and the proxy come with the server, and asks for neither', async () => {
    backend({ 'GET /api/connections/c1': () => json(200, token) });
    renderPage('c1');
    const code = await screen.findByRole('region', { name: 'Use from code' });
    expect(code).toHaveTextContent('API keys and the proxy, which let your own programs call BigCommerce with this connection, come with the server (npm run serve).');
    expect(screen.queryByRole('region', { name: 'Usage' })).not.toBeInTheDocument();
    expect(fetchMock.mock.calls.map(([url]) => url)).toEqual(['/api/connections/c1']);
  });

  it('OAuth 2.0: the granted scopes with their names, or none yet before the authorization', async () => {
    backend({ 'GET /api/connections/c2': () => json(200, oauth({ grantedScopes: ['store_v2_products_read_only', 'store_v2_default'] })) });
    renderPage('c2');
    const scopes = await screen.findByRole('region', { name: 'Granted scopes' });
    expect(within(scopes).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Products (Read-only) store_v2_products_read_only',
      'Granted to every app store_v2_default',
    ]);
    expect(facts('Overview')[1]).toEqual(['Store', 'Not known yet: a test or an authorization reads it']);
  });

  it('OAuth 2.0 not authorized: no scopes yet, and never checked', async () => {
    backend({ 'GET /api/connections/c2': () => json(200, oauth()) });
    renderPage('c2');
    expect(await screen.findByRole('region', { name: 'Granted scopes' })).toHaveTextContent('None yet: BigCommerce grants them when the connection is authorized');
    expect(facts('Status')).toEqual([
      ['Status', 'Needs attention: Not authorized yet. Authorize it: Edit, then Save & authorize.'],
      ['Last checked', 'Never'],
    ]);
  });

  it('a missing connection: "Connection not found", with a link back to the list', async () => {
    backend({ 'GET /api/connections/gone': () => json(404, { error: { status: 404, code: 'not_found', message: 'No such connection.', fields: [] } }) });
    renderPage('gone');
    expect(await screen.findByRole('heading', { level: 1, name: 'Connection not found' })).toBeInTheDocument();
    expect(screen.getByText(/There is no connection with this ID/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to connections' })).toHaveAttribute('href', '/');
    expect(document.title).toBe('Connection not found – BigCommerce connections');
  });

  it('Check now: the saved connection is tested, the result announced and the status updated', async () => {
    const offline = { ...token, status: { state: 'offline', reason: 'BigCommerce refused the access token.', code: 'unauthorized', checkedAt: at } };
    backend({
      'GET /api/connections/c1': () => json(200, token),
      'POST /api/connections/c1/test': () =>
        json(200, { result: { ok: false, reason: 'unauthorized', message: 'BigCommerce refused the access token.', checkedAt: at }, connection: offline }),
    });
    const user = renderPage('c1');
    await user.click(await screen.findByRole('button', { name: 'Check now Plumtree (Token)' }));
    await waitFor(() => expect(facts('Status')[0]?.[1]).toMatch(/^Needs attention: BigCommerce refused the token\. Create a new API account in BigCommerce, then Edit and paste its access token\. Checked /));
    expect(facts('Status')[1]).toEqual(['Details', 'BigCommerce refused the access token.']);
    expect(screen.getAllByRole('status')[0]).toHaveTextContent('Plumtree (Token)');
  });

  it('Delete asks first: Cancel keeps it; Delete removes it and goes back to the list with a confirmation', async () => {
    backend({ 'GET /api/connections/c1': () => json(200, token), 'DELETE /api/connections/c1': () => new Response(null, { status: 204 }) });
    const user = renderPage('c1');
    await user.click(await screen.findByRole('button', { name: 'Delete' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Delete connection?' });
    expect(dialog).toHaveTextContent('Delete the connection “Plumtree (Token)”?');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalledTimes(1);

    await user.click(screen.getByRole('button', { name: 'Delete' }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(location.pathname).toBe('/'));
    expect(screen.getAllByRole('status')[0]).toHaveTextContent('Connection "Plumtree (Token)" deleted.');
    // Nothing asked for it again once it was being deleted (its answer would be a 404).
    expect(fetchMock.mock.calls.map(([url, init]) => `${init?.method ?? 'GET'} ${String(url)}`)).toEqual(['GET /api/connections/c1', 'DELETE /api/connections/c1']);
  });

  it('a failed delete says so in the dialog and keeps the page', async () => {
    backend({
      'GET /api/connections/c1': () => json(200, token),
      'DELETE /api/connections/c1': () => json(500, { error: { status: 500, code: 'internal', message: 'Boom', fields: [] } }),
    });
    const user = renderPage('c1');
    await user.click(await screen.findByRole('button', { name: 'Delete' }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Delete' }));
    expect(await within(screen.getByRole('alertdialog')).findByRole('alert')).toHaveTextContent('The connection was not deleted. The server ran into a problem.');
    expect(location.pathname).toBe('/connections/c1');
    expect(screen.getByRole('heading', { level: 1, name: 'Plumtree (Token)' })).toBeInTheDocument();
  });
});

describe('a connection’s page on the server', () => {
  const changes: StatusChange[] = [
    { id: 'h2', at: '2026-12-01T10:00:00.000Z', from: { state: 'online' }, to: { state: 'offline', code: 'unauthorized' }, reason: 'BigCommerce refused the access token.', source: 'check' },
    { id: 'h1', at, from: null, to: { state: 'online' }, reason: null, source: 'save' },
  ];
  const serverBackend = (keys: ApiKey[]) =>
    backend({
      'GET /api/connections/c1': () => json(200, token),
      'GET /api/connections/c1/history': () => json(200, { changes }),
      'GET /api/api-keys': () => json(200, { keys }),
      'GET /api/connections/c1/usage': () => json(200, { usage }),
    });

  it('Use from code: the ID, the proxy URL, the keys that may use it, and examples with $BCW_KEY', async () => {
    vi.stubEnv('MODE', 'server');
    serverBackend([key('k1', 'all', 'write'), key('k2', ['c1']), key('k3', ['c9'])]);
    renderPage('c1');
    const code = await screen.findByRole('region', { name: 'Use from code' });
    expect(facts('Use from code')).toEqual([
      ['Connection ID', 'c1Copy connection ID'],
      ['Proxy URL', `${location.origin}/proxy/c1/Copy proxy URL`],
    ]);
    const keys = await within(code).findAllByRole('listitem');
    expect(keys.map((item) => item.textContent)).toEqual(['Key k1 bcw_…00k1: Read and write, for all connections', 'Key k2 bcw_…00k2: Read (GET and HEAD only)']);
    expect(within(code).getByRole('link', { name: 'Manage API keys' })).toHaveAttribute('href', '/api-keys');
    expect(within(code).getByText(/^curl /)).toHaveTextContent(`curl -H "Authorization: Bearer $BCW_KEY" "${location.origin}/proxy/c1/v3/catalog/products?limit=5"`);
    expect(within(code).getByText(/^const response = await fetch/)).toHaveTextContent('Authorization: `Bearer ${process.env.BCW_KEY}`');
    expect(within(code).getByRole('button', { name: 'Copy the curl example' })).toBeInTheDocument();
    expect(within(code).getByRole('button', { name: 'Copy the fetch example' })).toBeInTheDocument();
  });

  it('no key may use it: a link to the API keys page', async () => {
    vi.stubEnv('MODE', 'server');
    serverBackend([key('k3', ['c9'])]);
    renderPage('c1');
    const code = await screen.findByRole('region', { name: 'Use from code' });
    expect(await within(code).findByText(/No API key may use this connection yet/)).toBeInTheDocument();
    expect(within(code).getByRole('link', { name: 'Create one on the API keys page' })).toHaveAttribute('href', '/api-keys');
  });

  it('Usage: calls in the last 24 hours, how many waited and the longest wait, 429s absorbed, 429s the caller got (BigCommerce’s or the proxy’s own), errors', async () => {
    vi.stubEnv('MODE', 'server');
    serverBackend([]);
    renderPage('c1');
    await screen.findByRole('region', { name: 'Usage' });
    await waitFor(() =>
      expect(facts('Usage')).toEqual([
        ['Calls', '42'],
        ['Waited for the store’s quota', '3 (the longest 2.5 s)'],
        ['429s absorbed (sent again by the proxy)', '1'],
        ['429s the caller got (the goal is none)', '0'],
        ['Errors (BigCommerce failed or did not answer)', '2'],
      ]),
    );
    expect(within(screen.getByRole('region', { name: 'Usage' })).getByText(/A 429 the caller got is BigCommerce’s .* or the proxy’s own/)).toBeInTheDocument();
  });

  it('Status history: each change of the last 30 days, newest first: when, from what to what, why, and what noticed it', async () => {
    vi.stubEnv('MODE', 'server');
    serverBackend([]);
    renderPage('c1');
    const history = await screen.findByRole('region', { name: 'Status history' });
    const rows = await within(history).findAllByRole('row');
    expect(rows.slice(1).map((row) => within(row).getAllByRole('cell').slice(1).map((cell) => cell.textContent))).toEqual([
      ['Working → Needs attention', 'BigCommerce refused the access token.', 'Background check'],
      ['Working', '—', 'Saved'],
    ]);
    expect(within(rows[1]!).getByRole('cell', { name: /2026/ }).querySelector('time')).toHaveAttribute('dateTime', '2026-12-01T10:00:00.000Z');
  });
});
