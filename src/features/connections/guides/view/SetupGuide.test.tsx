import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SetupGuide, type SetupGuideProps } from './SetupGuide';
import { useGuideProgress } from './useGuideProgress';

const redirectUrl = 'https://app.example.com/connection/oauth2callback';
const base: SetupGuideProps = { redirectUrl, scopes: [] };

function renderGuide(props: Partial<SetupGuideProps> = {}) {
  const view = render(<SetupGuide {...base} {...props} />);
  const rerender = (next: Partial<SetupGuideProps>) => view.rerender(<SetupGuide {...base} {...props} {...next} />);
  return { ...view, rerender };
}

const guide = () => screen.getByRole('complementary', { name: 'Setup guide' });
const progress = () => within(guide()).getByText(/of \d+ done$/);

describe('SetupGuide: which guide', () => {
  it('offers a choice aid before an auth type is chosen', () => {
    renderGuide();
    expect(within(guide()).getByRole('heading', { name: 'Which auth type fits?' })).toBeInTheDocument();
    expect(within(guide()).getByText(/most single-store connections/)).toBeInTheDocument();
    expect(within(guide()).queryByRole('checkbox')).not.toBeInTheDocument();
  });

  it('switches with the auth type', () => {
    const { rerender } = renderGuide({ authType: 'oauth2' });
    expect(screen.getByRole('heading', { name: 'Create a BigCommerce app' })).toBeInTheDocument();
    expect(progress()).toHaveTextContent('0 of 9 done');

    rerender({ authType: 'token' });
    expect(screen.getByRole('heading', { name: 'Create a store-level API account' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Copy the Access token into Access token.' })).toBeInTheDocument();
    expect(progress()).toHaveTextContent('0 of 10 done');

    rerender({ authType: 'basic' });
    expect(screen.getByRole('checkbox', { name: 'Copy the Access token into Password.' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Copy the Client ID into Username.' })).toBeInTheDocument();
  });

  it('explains Basic as not the legacy auth BigCommerce no longer issues', () => {
    renderGuide({ authType: 'basic' });
    expect(within(guide()).getByText(/BigCommerce no longer issues/)).toHaveTextContent(/since February 2022/);
  });

  it('shows the steps as BigCommerce shows them today, and the older ones on request', async () => {
    const user = userEvent.setup();
    renderGuide({ authType: 'token' });
    for (const name of [/Settings › Store-level API accounts/, /Token type to V2\/V3 API token/, /at least 4 characters/]) {
      expect(screen.getByRole('checkbox', { name })).toBeInTheDocument();
    }
    expect(screen.getByText(/at most 50 store-level API accounts/)).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: /shows the credentials once and downloads them as a \.txt file/ })).toBeInTheDocument();

    const older = screen.getByText('Older BigCommerce screens?');
    await user.click(older);
    expect(older.closest('details')).toHaveAttribute('open');
    expect(screen.getByText('Open Advanced Settings › API Accounts.')).toBeInTheDocument();
  });
});

describe('SetupGuide: ticking steps', () => {
  it('counts ticked steps and keeps them per guide while it stays mounted', async () => {
    const user = userEvent.setup();
    const { rerender } = renderGuide({ authType: 'oauth2' });
    await user.click(screen.getByRole('checkbox', { name: /^Click Create app/ }));
    await user.click(screen.getByRole('checkbox', { name: /^Sign in to the BigCommerce Developer Portal/ }));
    expect(progress()).toHaveTextContent('2 of 9 done');
    expect(progress()).toHaveAttribute('role', 'status');

    await user.click(screen.getByRole('checkbox', { name: /^Click Create app/ }));
    expect(progress()).toHaveTextContent('1 of 9 done');

    rerender({ authType: 'token' });
    expect(progress()).toHaveTextContent('0 of 10 done');
    rerender({ authType: 'oauth2' });
    expect(progress()).toHaveTextContent('1 of 9 done');
    expect(screen.getByRole('checkbox', { name: /Developer Portal/ })).toBeChecked();
  });

  it('shares ticks between Basic and Token, which take the same API account', async () => {
    const user = userEvent.setup();
    const { rerender } = renderGuide({ authType: 'token' });
    await user.click(screen.getByRole('checkbox', { name: /^Click \+ Create API Account/ }));
    rerender({ authType: 'basic' });
    expect(progress()).toHaveTextContent('1 of 10 done');
  });

  it('keeps ticks in progress owned by the panel, even when the guide unmounts', async () => {
    const user = userEvent.setup();
    function Panel({ showGuide }: { showGuide: boolean }) {
      const progress = useGuideProgress();
      return showGuide ? <SetupGuide {...base} authType="oauth2" progress={progress} /> : null;
    }
    const { rerender } = render(<Panel showGuide />);
    await user.click(screen.getByRole('checkbox', { name: /^Click Create app/ }));
    rerender(<Panel showGuide={false} />);
    rerender(<Panel showGuide />);
    expect(progress()).toHaveTextContent('1 of 9 done');
    expect(screen.getByRole('checkbox', { name: /^Click Create app/ })).toBeChecked();
  });
});
