import { act, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { request } from '../../lib/http';
import { leaveGuard } from '../../lib/leaveGuard';
import { onSessionInterrupted } from '../../lib/sessionInterruption';
import { sessionKeys } from './api/keys';
import { apiError, json, renderSessionPage, serverBuild, session, stubFetch } from './renderSessionPage';
import { SessionBar } from './SessionBar';

const fetchMock = stubFetch();
serverBuild();

/** The bar on `path`, signed in as the owner. */
async function signedIn(path: string) {
  fetchMock.mockResolvedValueOnce(json(200, session()));
  const rendered = renderSessionPage(<SessionBar />, { path });
  await screen.findByRole('button', { name: 'Signed in as owner@example.com' });
  return rendered;
}

describe('SessionBar: who is signed in', () => {
  it('shows nothing until the session is known, then the account menu (a disclosure)', async () => {
    let answer: (response: Response) => void = () => undefined;
    fetchMock.mockReturnValueOnce(new Promise((resolve) => (answer = resolve)));
    const { user } = renderSessionPage(<SessionBar />, { path: '/' });
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    answer(json(200, session()));
    const toggle = await screen.findByRole('button', { name: 'Signed in as owner@example.com' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('link', { name: 'Activity' })).not.toBeInTheDocument();

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('link', { name: 'API keys' })).toHaveAttribute('href', '/api-keys');
    expect(screen.getByRole('link', { name: 'Webhooks' })).toHaveAttribute('href', '/webhooks');
    expect(screen.getByRole('link', { name: 'Activity' })).toHaveAttribute('href', '/activity');
    expect(screen.getByRole('link', { name: 'Change password' })).toHaveAttribute('href', '/account/password');
    await user.keyboard('{Escape}');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveFocus();

    await user.keyboard('{Enter}');
    await user.click(screen.getByRole('link', { name: 'Change password' }));
    expect(location.pathname).toBe('/account/password');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
  });

  it('asks nothing on the sign-in and setup pages', () => {
    renderSessionPage(<SessionBar />, { path: '/sign-in?next=%2F' });
    expect(fetchMock).not.toHaveBeenCalled();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('signs out: the server ends the session, the cache forgets, the sign-in page says so', async () => {
    const { user, queryClient } = await signedIn('/');
    queryClient.setQueryData(['connections', 'list'], [{ id: 'c1' }]);
    fetchMock.mockResolvedValueOnce(new Response(null, { status: 204 }));
    await user.click(screen.getByRole('button', { name: 'Signed in as owner@example.com' }));
    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    await waitFor(() => expect(location.pathname).toBe('/sign-in'));
    expect(fetchMock.mock.calls[1]).toEqual(['/api/session', expect.objectContaining({ method: 'DELETE' })]);
    expect(history.state).toEqual({ signInReason: 'signed-out' });
    expect(queryClient.getQueryData(['connections', 'list'])).toBeUndefined();
    expect(queryClient.getQueryData(sessionKeys.current())).toBeNull();
  });
});

describe('a 401 from any call', () => {
  it('goes to sign in with the page to come back to, around the leave guard, telling drafts first', async () => {
    const { queryClient } = await signedIn('/connections/new?from=list');
    const onLeave = vi.fn();
    const unregister = leaveGuard.register({ isBlocking: () => true, onLeave, path: '/connections/new?from=list' });
    const interrupted = vi.fn(() => expect(location.pathname).toBe('/connections/new'));
    const stopListening = onSessionInterrupted(interrupted);
    // A question already open ("Leave without saving?") closes unanswered.
    leaveGuard.attempt(() => undefined);
    expect(leaveGuard.getPending()).not.toBeNull();

    fetchMock.mockResolvedValueOnce(json(401, apiError(401, 'unauthorized', 'Sign in.')));
    await act(() => expect(request('/api/connections', { method: 'POST', body: {} })).rejects.toThrow());

    expect(`${location.pathname}${location.search}`).toBe(`/sign-in?next=${encodeURIComponent('/connections/new?from=list')}`);
    expect(history.state).toEqual({ signInReason: 'session-ended' });
    expect(interrupted).toHaveBeenCalledOnce();
    expect(onLeave).not.toHaveBeenCalled();
    expect(leaveGuard.getPending()).toBeNull();
    expect(queryClient.getQueryData(sessionKeys.current())).toBeNull();
    await waitFor(() => expect(screen.queryByRole('button', { name: /Signed in as/ })).not.toBeInTheDocument());
    stopListening();
    unregister();
  });

  it('goes to setup while no owner exists', async () => {
    await signedIn('/');
    fetchMock.mockResolvedValueOnce(json(401, apiError(401, 'setup_required', 'Set up.')));
    await act(() => expect(request('/api/connections')).rejects.toThrow());
    expect(location.pathname).toBe('/setup');
  });
});
