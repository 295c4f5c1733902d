import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { sessionKeys } from './api/keys';
import { apiError, json, renderSessionPage, sentBody, serverBuild, session, stubFetch } from './renderSessionPage';
import { SignInPage, signInText } from './SignInPage';

const fetchMock = stubFetch();
serverBuild();
const password = 'correct horse battery staple';

async function fillAndSubmit(user: ReturnType<typeof renderSessionPage>['user'], email = 'Owner@Example.com', typed = password) {
  await user.type(screen.getByLabelText(/^Email address/), email);
  await user.type(screen.getByLabelText(/^Password/), typed);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('SignInPage', () => {
  it('signs in and goes back to `next`, leaving no password in the cache', async () => {
    fetchMock.mockResolvedValueOnce(json(200, session()));
    const { user, queryClient } = renderSessionPage(<SignInPage />, { path: `/sign-in?next=${encodeURIComponent('/connections/new?x=1')}` });
    expect(screen.getByLabelText(/^Email address/)).toHaveAttribute('autocomplete', 'username');
    expect(screen.getByLabelText(/^Password/)).toHaveAttribute('autocomplete', 'current-password');
    expect(screen.getByLabelText(/^Password/)).toHaveAttribute('type', 'password');
    await fillAndSubmit(user);
    await waitFor(() => expect(`${location.pathname}${location.search}`).toBe('/connections/new?x=1'));
    expect(fetchMock.mock.calls[0]?.[0]).toBe('/api/session');
    expect(sentBody(fetchMock.mock.calls[0])).toEqual({ email: 'owner@example.com', password });
    expect(queryClient.getQueryData(sessionKeys.current())).toEqual(session());
    const cached = JSON.stringify([queryClient.getQueryCache().getAll().map((query) => query.state), queryClient.getMutationCache().getAll().map((m) => m.state)]);
    expect(cached).not.toContain(password);
  });

  it('never goes to another site after signing in', async () => {
    fetchMock.mockResolvedValueOnce(json(200, session()));
    const { user } = renderSessionPage(<SignInPage />, { path: `/sign-in?next=${encodeURIComponent('//evil.example/x')}` });
    await fillAndSubmit(user);
    await waitFor(() => expect(location.pathname).toBe('/'));
  });

  it('says one thing for a wrong email or password, and keeps what was typed', async () => {
    fetchMock.mockResolvedValueOnce(json(401, apiError(401, 'unauthorized', 'Wrong email or password.')));
    const { user } = renderSessionPage(<SignInPage />, { path: '/sign-in' });
    await fillAndSubmit(user);
    expect(await screen.findByRole('alert')).toHaveTextContent(signInText.wrongCredentials);
    expect(screen.getByLabelText(/^Email address/)).toHaveValue('Owner@Example.com');
    expect(location.pathname).toBe('/sign-in');
    expect(document.body.textContent).not.toContain(password);
  });

  it('says when to try again after too many failures (429, Retry-After)', async () => {
    fetchMock.mockResolvedValueOnce(json(429, apiError(429, 'rate_limited', 'Too many.'), { 'Retry-After': '840' }));
    const { user } = renderSessionPage(<SignInPage />, { path: '/sign-in' });
    await fillAndSubmit(user);
    expect(await screen.findByRole('alert')).toHaveTextContent(/Too many failed sign-ins\. .*try again in 14 minutes \(at \d\d:\d\d[^)]*\)\./);
  });

  it('lists empty and malformed fields in a summary that takes focus, without a request', async () => {
    const { user } = renderSessionPage(<SignInPage />, { path: '/sign-in' });
    await user.type(screen.getByLabelText(/^Email address/), 'not-an-email');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    const summary = await screen.findByRole('alert', { name: 'There is a problem' });
    await waitFor(() => expect(summary).toHaveFocus());
    expect(screen.getByRole('link', { name: 'Enter an email address in the form name@example.com.' })).toHaveAttribute('href', '#session-email');
    expect(screen.getByLabelText(/^Password/)).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText(/^Password/)).toHaveAccessibleDescription('Enter your password.');
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('says why it is shown: the session ended, or the person signed out', () => {
    renderSessionPage(<SignInPage />, { path: '/sign-in?next=%2F', state: { signInReason: 'session-ended' } });
    expect(screen.getByText(signInText.sessionEnded)).toBeInTheDocument();
  });

  it('says nothing of the kind on a plain visit', () => {
    renderSessionPage(<SignInPage />, { path: '/sign-in' });
    expect(screen.queryByText(signInText.sessionEnded)).not.toBeInTheDocument();
    expect(screen.queryByText(signInText.signedOut)).not.toBeInTheDocument();
  });
});
