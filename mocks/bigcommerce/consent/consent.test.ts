import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createElement } from 'react';
import { oauthCallbackResultSchema } from '../../../src/features/connections/schema';
import { bigcommerceDemoApp } from '../../fixtures/bigcommerce';
import { authorizationMessages } from '../../../core/authorization/messages';
import { createOAuthConnection, postCallback } from '../../backend/oauthTesting';
import { send, setupMockBackend } from '../../backend/testing';
import { ConsentPage, mountConsentPage } from './index';

setupMockBackend();

/** The consent page for a fresh OAuth 2.0 connection to Plumtree Outfitters, as the popup would load it. */
async function openConsent(props: { close?: () => void; search?: string } = {}) {
  const connection = await createOAuthConnection();
  const { authorizeUrl } = (await (await send('POST', `/connections/${connection.id}/authorize`)).json()) as { authorizeUrl: string };
  const navigate = vi.fn<(url: string) => void>();
  const search = props.search ?? new URL(authorizeUrl, 'http://localhost').search;
  render(createElement(ConsentPage, { search, navigate, ...(props.close ? { close: props.close } : {}) }));
  return { connection, navigate, state: new URLSearchParams(search).get('state') };
}

/** Forwards where the page navigated to our callback endpoint, as the callback page does. */
async function forward(url: string) {
  const query = Object.fromEntries(new URL(url).searchParams);
  return oauthCallbackResultSchema.parse(await (await postCallback(query)).json());
}

describe('the consent page', () => {
  it('names the app, the store and the scopes with their BigCommerce names and levels', async () => {
    await openConsent();
    expect(screen.getByRole('heading', { level: 1, name: 'Authorize BigCommerce demo app' })).toBeInTheDocument();
    expect(document.title).toBe('Authorize BigCommerce demo app | BigCommerce');
    const store = screen.getByRole('combobox', { name: 'Store' });
    expect(store).toHaveValue('x7kq2mfa9b');
    expect(within(store).getAllByRole('option').map((option) => option.textContent)).toEqual([
      'Plumtree Outfitters (x7kq2mfa9b)',
      'Busy Bee Goods (ratelimit1)',
      'Down Time Ltd (outage5000)',
    ]);
    const scopes = screen.getByRole('list', { name: 'This app will be able to' });
    expect(within(scopes).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Information & SettingsRead-only', 'ProductsModify']);
    expect(screen.getByRole('button', { name: 'Authorize' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Cancel' })).toBeEnabled();
  });

  it('Authorize issues a code and sends it to the Redirect URL, which our callback accepts', async () => {
    const { connection, navigate, state } = await openConsent();
    await userEvent.click(screen.getByRole('button', { name: 'Authorize' }));
    await vi.waitFor(() => expect(navigate).toHaveBeenCalledTimes(1));
    const url = new URL(navigate.mock.calls[0]![0]);
    expect(url.origin + url.pathname).toBe('http://localhost/oauth/callback');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      code: expect.stringMatching(/^[a-z0-9]{16}$/),
      scope: 'store_v2_information_read_only store_v2_products store_v2_default users_basic_information',
      context: 'stores/x7kq2mfa9b',
      account_uuid: '6f1c2a9e-3b7d-4e85-9a41-2d7c5b8e0f13',
      state,
    });
    expect(await forward(url.href)).toMatchObject({ ok: true, connection: { id: connection.id, status: { state: 'authorized' } } });
  });

  it('choosing another store gives its context, which our callback rejects as store_mismatch', async () => {
    const { navigate } = await openConsent();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Store' }), 'ratelimit1');
    expect(screen.getByText(/wants to access/)).toHaveTextContent('wants to access Busy Bee Goods (store hash ratelimit1)');
    await userEvent.click(screen.getByRole('button', { name: 'Authorize' }));
    await vi.waitFor(() => expect(navigate).toHaveBeenCalledTimes(1));
    expect(new URL(navigate.mock.calls[0]![0]).searchParams.get('context')).toBe('stores/ratelimit1');
    expect(await forward(navigate.mock.calls[0]![0])).toMatchObject({ ok: false, reason: 'store_mismatch', message: authorizationMessages.storeMismatch('ratelimit1', 'x7kq2mfa9b') });
  });

  it('Cancel sends access_denied with the state, which our callback reports', async () => {
    const { navigate, state } = await openConsent();
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    const url = new URL(navigate.mock.calls[0]![0]);
    expect(Object.fromEntries(url.searchParams)).toEqual({ error: 'access_denied', error_description: expect.any(String), state });
    expect(await forward(url.href)).toMatchObject({ ok: false, reason: 'access_denied', message: authorizationMessages.accessDenied });
  });

  it('shows an error page, with a way back and no redirect, for an app BigCommerce does not know', async () => {
    const close = vi.fn();
    const search = `?client_id=unknownclient1&scope=store_v2_products&context=stores%2Fx7kq2mfa9b&redirect_uri=${encodeURIComponent('http://localhost/oauth/callback')}&state=s1`;
    const { navigate } = await openConsent({ close, search });
    expect(screen.getByRole('heading', { level: 1, name: 'This app is not known to BigCommerce' })).toBeInTheDocument();
    expect(screen.getByText(/"unknownclient1"/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Authorize' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Back to the connection wizard' })).toHaveAttribute('href', '/');
    await userEvent.click(screen.getByRole('button', { name: 'Close this window' }));
    expect(close).toHaveBeenCalledTimes(1);
    expect(navigate).not.toHaveBeenCalled();
  });

  it('shows an error page for a missing redirect URL or unknown scopes', async () => {
    const app = `client_id=${bigcommerceDemoApp.clientId}`;
    const { unmount } = render(createElement(ConsentPage, { search: `?${app}&scope=store_v2_products`, navigate: vi.fn() }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent("This app's redirect URL is missing or invalid");
    unmount();
    render(createElement(ConsentPage, { search: `?${app}&scope=store_v2_nothing&redirect_uri=http%3A%2F%2Flocalhost%2Foauth%2Fcallback`, navigate: vi.fn() }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('This app asked for permissions BigCommerce does not know');
    expect(screen.getByText(/store_v2_nothing/)).toBeInTheDocument();
  });

  it('asks to choose a store when the requested one is not in the account', async () => {
    const search = `?client_id=${bigcommerceDemoApp.clientId}&scope=store_v2_products&context=stores%2Fabc123&redirect_uri=${encodeURIComponent('http://localhost/oauth/callback')}&state=s2`;
    render(createElement(ConsentPage, { search, navigate: vi.fn() }));
    expect(screen.getByRole('combobox', { name: 'Store' })).toHaveAccessibleDescription(
      'The app asked for store abc123, which is not in this BigCommerce account. Choose one of your stores.',
    );
  });

  it('mountConsentPage renders the page for the current address into the given root', async () => {
    const connection = await createOAuthConnection();
    const { authorizeUrl } = (await (await send('POST', `/connections/${connection.id}/authorize`)).json()) as { authorizeUrl: string };
    history.replaceState(null, '', authorizeUrl);
    const root = document.body.appendChild(document.createElement('div'));
    const mounted = await act(async () => mountConsentPage(root));
    try {
      expect(within(root).getByRole('heading', { level: 1, name: 'Authorize BigCommerce demo app' })).toBeInTheDocument();
      expect(document.documentElement.lang).toBe('en');
    } finally {
      act(() => mounted.unmount());
      root.remove();
      history.replaceState(null, '', '/');
    }
  });
});
