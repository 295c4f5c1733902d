import { screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { messages, type Connection, type OAuthClient } from '../schema';
import { json, renderConnectionForm, stubFetch } from './renderConnectionForm';
import { loadSectionParts } from './lazyParts';

const now = '2026-01-02T03:04:05.000Z';
const existing: Connection = {
  id: 'c1',
  name: 'Main store',
  authType: 'token',
  clientId: 'abc',
  storeHash: 'abc123',
  accessToken: { set: true, updatedAt: now },
  status: { state: 'untested' },
  createdAt: now,
  updatedAt: now,
};
const demoClient: OAuthClient = {
  id: 'demo-oauth-client',
  name: 'BigCommerce demo app',
  clientId: 'd3m0app',
  clientSecret: { set: true, updatedAt: now },
  createdAt: now,
  updatedAt: now,
};

const secret = 'q4w8e2r6t0y3u7i1o5p9a2s6d0f4g8h';

function setup(props: { connection?: Connection } = {}) {
  return renderConnectionForm({ connections: [existing], oauthClients: [demoClient], ...props });
}

const field = (label: string) => screen.getByLabelText(label, { selector: 'input, select' });
const authType = (label: string) => within(screen.getByRole('group', { name: 'Auth type' })).getByRole('radio', { name: label });

const fetchMock = stubFetch();

// The sections' parts arrive before a test chooses an auth type, as they do on the page (AuthSection.test.tsx covers the wait).
beforeAll(loadSectionParts);

describe('ConnectionForm', () => {
  it('shows only the chosen branch; switching drops its values (secrets too) and keeps the store hash', async () => {
    const { user } = setup();
    expect(screen.queryByLabelText('Store hash')).toBeNull();

    await user.click(authType('Basic'));
    await user.type(field('Username'), 'user1');
    await user.type(field('Password'), secret);
    await user.type(field('Store hash'), 'abc123');

    await user.click(authType('Token'));
    expect(authType('Token')).toHaveFocus();
    expect(screen.queryByLabelText('Password')).toBeNull();
    expect(screen.queryByLabelText('Username')).toBeNull();
    expect(field('Store hash')).toHaveValue('abc123');
    expect(document.body.innerHTML).not.toContain(secret);

    await user.click(authType('Basic'));
    expect(field('Username')).toHaveValue('');
    expect(field('Password')).toHaveValue('');
  });

  it('never sends the old branch: a Token save carries no Basic password', async () => {
    const { user, onSaved } = setup();
    fetchMock.mockResolvedValueOnce(json(201, { ...existing, id: 'c2', name: 'New store' }));
    await user.type(field('Name your connection'), 'New store');
    await user.click(authType('Basic'));
    await user.type(field('Password'), 'old-secret');
    await user.click(authType('Token'));
    await user.type(field('Access token'), secret);
    await user.type(field('Client ID'), 'abc');
    await user.type(field('Store hash'), 'abc123');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    const body = JSON.parse(String(fetchMock.mock.calls[0]?.[1]?.body));
    expect(body).toEqual({ name: 'New store', authType: 'token', accessToken: secret, clientId: 'abc', storeHash: 'abc123' });
  });

  it('drops the mutation (and its secret) once the request settles', async () => {
    const { user, onSaved, queryClient } = setup();
    fetchMock.mockResolvedValueOnce(json(201, { ...existing, id: 'c2', name: 'New store' }));
    await user.type(field('Name your connection'), 'New store');
    await user.click(authType('Token'));
    await user.type(field('Access token'), secret);
    await user.type(field('Client ID'), 'abc');
    await user.type(field('Store hash'), 'abc123');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    await waitFor(() => expect(queryClient.getMutationCache().getAll()).toHaveLength(0));
    expect(JSON.stringify(queryClient.getQueryCache().getAll().map((query) => [query.queryKey, query.state.data]))).not.toContain(secret);
  });

  it('reduces a pasted API path to the store hash and says so', async () => {
    const { user } = setup();
    await user.click(authType('Token'));
    const storeHash = field('Store hash');
    await user.click(storeHash);
    await user.paste('https://api.bigcommerce.com/stores/x7kq2mfa9b/v3/');
    expect(storeHash).toHaveValue('x7kq2mfa9b');
    expect(screen.getByText('Reduced to the store hash x7kq2mfa9b from the API path you pasted.')).toHaveAttribute('role', 'status');
  });

  it('reduces a typed control-panel address when the field is left', async () => {
    const { user } = setup();
    await user.click(authType('Token'));
    await user.type(field('Store hash'), 'https://store-x7kq2mfa9b.mybigcommerce.com/manage');
    await user.tab();
    expect(field('Store hash')).toHaveValue('x7kq2mfa9b');
    expect(screen.getByText(/from the control-panel address you entered/)).toBeInTheDocument();
  });

  it('reports a taken name when the field is left, from a search for it, not the whole list', async () => {
    const { user, searches } = setup();
    await user.type(field('Name your connection'), ' main STORE ');
    await user.tab();
    const name = field('Name your connection');
    await waitFor(() => expect(name).toHaveAttribute('aria-invalid', 'true'));
    expect(name).toHaveAccessibleDescription(expect.stringContaining(messages.nameTaken('main STORE')));
    expect(searches).toContain('/api/connections?q=main+STORE&limit=200');
    expect(searches).not.toContain('/api/connections');
  });

  it('does not count the connection being edited as taken', async () => {
    const { user } = setup({ connection: existing });
    const name = field('Name your connection');
    expect(name).toHaveValue('Main store');
    expect(field('Access token')).toHaveValue('');
    expect(screen.getByText(/An access token is stored for this connection/)).toBeInTheDocument();
    await user.click(name);
    await user.tab();
    expect(name).not.toHaveAttribute('aria-invalid');
  });

  it('on a failed save, focuses a summary whose links lead to the fields', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const summary = await screen.findByRole('alert');
    await waitFor(() => expect(summary).toHaveFocus());
    expect(within(summary).getByRole('heading', { name: 'There is a problem' })).toBeInTheDocument();
    const links = within(summary).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual([messages.nameRequired, messages.authTypeRequired]);

    await user.click(links[1]!);
    expect(authType('OAuth 2.0')).toHaveFocus();
    await user.click(links[0]!);
    expect(field('Name your connection')).toHaveFocus();
    expect(field('Name your connection')).toHaveAttribute('aria-invalid', 'true');
  });

  it('puts a 409 from the backend on the name field and in the summary', async () => {
    const { user, onSaved } = setup();
    fetchMock.mockResolvedValueOnce(
      json(409, { error: { status: 409, code: 'name_taken', message: 'Taken', fields: [{ path: 'name', message: 'Taken on the server.' }] } }),
    );
    await user.type(field('Name your connection'), 'Other');
    await user.click(authType('Token'));
    await user.type(field('Access token'), secret);
    await user.type(field('Client ID'), 'abc');
    await user.type(field('Store hash'), 'abc123');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Taken on the server.' })).toBeInTheDocument();
    expect(field('Name your connection')).toHaveAccessibleDescription(expect.stringContaining('Taken on the server.'));
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('on a 503 says what happened and keeps everything typed', async () => {
    const { user, onSaved } = setup();
    fetchMock.mockResolvedValueOnce(json(503, { error: { status: 503, code: 'unavailable', message: 'Down' } }));
    await user.type(field('Name your connection'), 'Other');
    await user.click(authType('Token'));
    await user.type(field('Access token'), secret);
    await user.type(field('Client ID'), 'abc');
    await user.type(field('Store hash'), 'abc123');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(/not saved.*unavailable.*try again/i);
    expect(field('Access token')).toHaveValue(secret);
    expect(field('Name your connection')).toHaveValue('Other');
    expect(screen.getByRole('button', { name: 'Save' })).not.toHaveAttribute('aria-disabled');
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('OAuth 2.0: scopes by resource with a summary and filter; a created client becomes the selection', async () => {
    const { user } = setup();
    await user.click(authType('OAuth 2.0'));
    const scopes = screen.getByRole('group', { name: 'Scopes' });
    await user.click(within(within(scopes).getByRole('radiogroup', { name: 'Products' })).getByRole('radio', { name: 'Read-only' }));
    await user.click(within(within(scopes).getByRole('radiogroup', { name: 'Orders' })).getByRole('radio', { name: 'Modify' }));
    expect(within(scopes).getByText('2 scopes chosen: Orders (Modify), Products (Read-only)')).toBeInTheDocument();

    await user.type(screen.getByLabelText('Filter scopes'), 'prod');
    await waitFor(() => expect(within(scopes).getAllByRole('radiogroup')).toHaveLength(1));

    const created: OAuthClient = { ...demoClient, id: 'new-client', name: 'My app' };
    fetchMock.mockResolvedValueOnce(json(201, created)).mockResolvedValue(json(200, { clients: [demoClient, created] }));
    const edit = screen.getByRole('button', { name: 'Edit OAuth 2.0 client' });
    expect(edit).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Create OAuth 2.0 client' }));
    const dialog = await screen.findByRole('dialog', { name: 'Create OAuth 2.0 client' });
    await user.type(within(dialog).getByLabelText('Name', { selector: 'input' }), 'My app');
    await user.type(within(dialog).getByLabelText('Client ID', { selector: 'input' }), 'abc123');
    await user.type(within(dialog).getByLabelText('Client secret', { selector: 'input' }), secret);
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(field('OAuth 2.0 client')).toHaveValue('new-client'));
    expect(edit).toBeEnabled();
    // The dialog's submit did not submit the panel's form (no error summary there).
    expect(screen.queryByRole('heading', { name: 'There is a problem' })).toBeNull();
    expect(fetchMock.mock.calls.filter(([url]) => String(url) === '/api/connections')).toHaveLength(0);
  });
});
