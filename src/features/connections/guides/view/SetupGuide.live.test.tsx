import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SetupGuide, type SetupGuideProps } from './SetupGuide';

const redirectUrl = 'https://app.example.com/connection/oauth2callback';
const base: SetupGuideProps = { redirectUrl, scopes: [] };

function renderGuide(props: Partial<SetupGuideProps> = {}) {
  const view = render(<SetupGuide {...base} {...props} />);
  const rerender = (next: Partial<SetupGuideProps>) => view.rerender(<SetupGuide {...base} {...props} {...next} />);
  return { ...view, rerender };
}

const stepOf = (name: RegExp) => screen.getByRole('checkbox', { name }).closest('li') as HTMLElement;

describe('SetupGuide: live values', () => {
  it('shows the redirect URL for the Auth callback URL field, with its own copy button', async () => {
    const user = userEvent.setup();
    const { rerender } = renderGuide({ authType: 'oauth2' });
    const step = stepOf(/Auth callback URL \(not Load callback URL or Uninstall callback URL\)/);
    expect(within(step).getByText(redirectUrl)).toBeInTheDocument();

    await user.click(within(step).getByRole('button', { name: 'Copy redirect URL' }));
    await expect(navigator.clipboard.readText()).resolves.toBe(redirectUrl);
    expect(within(step).getByRole('status')).toHaveTextContent('Copied.');

    rerender({ redirectUrl: 'https://other.example.com/cb' });
    expect(within(step).getByText('https://other.example.com/cb')).toBeInTheDocument();
  });

  it('uses the copy button the panel passes', () => {
    renderGuide({ authType: 'oauth2', renderCopy: (value, label) => <button type="button">Panel copy {label} {value}</button> });
    expect(screen.getByRole('button', { name: `Panel copy redirect URL ${redirectUrl}` })).toBeInTheDocument();
  });

  it('lists the scopes chosen in the form as BigCommerce names them', () => {
    const { rerender } = renderGuide({ authType: 'oauth2' });
    const step = stepOf(/^Open the Scopes tab/);
    expect(within(step).getByText('No scopes chosen in the form yet.')).toBeInTheDocument();

    rerender({ scopes: ['store_v2_products_read_only', 'store_v2_information'] });
    const items = within(within(step).getByRole('list', { name: 'Scopes chosen in the form' })).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual(['Products: read-only', 'Information & Settings: modify']);
  });

  it('links to the Developer Portal in a new tab', () => {
    renderGuide({ authType: 'oauth2' });
    const link = screen.getByRole('link', { name: 'Open the Developer Portal (opens in a new tab)' });
    expect(link).toHaveAttribute('href', 'https://devtools.bigcommerce.com/my/apps');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  });

  describe("the store's own pages, once a usable store hash is known", () => {
    afterEach(() => {
      vi.unstubAllEnvs();
      document.head.querySelector('meta[name="bc-simulator-url"]')?.remove();
    });

    it("the server build links to the store's API accounts in BigCommerce", () => {
      vi.stubEnv('MODE', 'server');
      const { rerender } = renderGuide({ authType: 'token' });
      expect(screen.queryByRole('link', { name: /API accounts of store/ })).not.toBeInTheDocument();

      rerender({ storeHash: 'https://api.bigcommerce.com/stores/ET7XE3PZ/v3/' });
      const link = screen.getByRole('link', { name: 'Open the API accounts of store et7xe3pz (opens in a new tab)' });
      expect(link).toHaveAttribute('href', 'https://store-et7xe3pz.mybigcommerce.com/manage/settings/api-accounts');
      expect(link).toHaveAttribute('target', '_blank');
      expect(link).toHaveAttribute('rel', 'noopener noreferrer');

      rerender({ storeHash: 'not/a hash' });
      expect(screen.queryByRole('link', { name: /API accounts of store/ })).not.toBeInTheDocument();
    });

    it('with --simulate, to the simulator\'s copy of the control panel, and says so', () => {
      vi.stubEnv('MODE', 'server');
      const meta = Object.assign(document.createElement('meta'), { name: 'bc-simulator-url', content: 'http://127.0.0.1:4010' });
      document.head.append(meta);
      renderGuide({ authType: 'token', storeHash: 'x7kq2mfa9b' });
      const link = screen.getByRole('link', { name: 'Open the API accounts of store x7kq2mfa9b in the BigCommerce simulator (opens in a new tab)' });
      expect(link).toHaveAttribute('href', 'http://127.0.0.1:4010/store-x7kq2mfa9b/manage/settings/api-accounts');
    });

    it('the embedded demo links to no store, and says where its API accounts are listed', () => {
      renderGuide({ authType: 'token', storeHash: 'x7kq2mfa9b' });
      expect(screen.queryByRole('link', { name: /of store/ })).not.toBeInTheDocument();
      expect(screen.getByText(/This demo's stores are simulated, so store x7kq2mfa9b has no control panel to open\. The README lists their API accounts under The demo data\./)).toBeInTheDocument();
    });
  });

  it('puts the import control in the step where the file downloads', () => {
    renderGuide({ authType: 'token', importControl: <button type="button">Import here</button> });
    expect(within(stepOf(/^Click Save\b/)).getByRole('button', { name: 'Import here' })).toBeInTheDocument();
  });
});

describe('SetupGuide: warnings', () => {
  it('warns about an http redirect URL outside localhost', () => {
    const { rerender } = renderGuide({ authType: 'oauth2', redirectUrl: 'http://app.example.com/cb' });
    expect(screen.getByText(/BigCommerce accepts only HTTPS callback URLs outside localhost/)).toBeInTheDocument();
    rerender({ redirectUrl: 'http://localhost:5173/cb' });
    expect(screen.queryByText(/only HTTPS/)).not.toBeInTheDocument();
  });

  it('warns about the same value in both credential fields without showing the token', () => {
    const secret = 'k9x2m4p7q1w8e5r3t6y0u2i4o6p8a1s';
    const { container, rerender } = renderGuide({ authType: 'token', clientId: secret, accessToken: secret });
    expect(screen.getByText(/Client ID and Access token hold the same value/)).toBeInTheDocument();
    expect(container.textContent).not.toContain(secret);

    rerender({ clientId: `ACCESS TOKEN: ${secret}`, accessToken: 'CLIENT ID: abc' });
    expect(screen.getByText(/Access token looks like a client ID/)).toBeInTheDocument();
    expect(screen.getByText(/Client ID looks like an access token/)).toBeInTheDocument();
    expect(container.textContent).not.toContain(secret);
  });
});
