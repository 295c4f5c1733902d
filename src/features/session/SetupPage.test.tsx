import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { sessionMessages } from '../connections/schema';
import { answerCommonPasswordList, apiError, expectCommonPasswordFoundWhileTyping, json, renderSessionPage, sentBody, sentWith, serverBuild, session, stubFetch } from './renderSessionPage';
import { confirmMismatch } from './passwordRules';
import { SetupPage, setupText } from './SetupPage';

const fetchMock = stubFetch();
serverBuild();
const password = 'plum orchard lantern 42';

async function fill(user: ReturnType<typeof renderSessionPage>['user'], confirm = password) {
  await user.type(screen.getByLabelText(/^Email address/), 'owner@example.com');
  await user.type(screen.getByLabelText(/^Password/), password);
  await user.type(screen.getByLabelText(/^Type the password again/), confirm);
  await user.click(screen.getByRole('button', { name: 'Set up and sign in' }));
}

describe('SetupPage', () => {
  it('without a token, says where the link is and shows no form', () => {
    renderSessionPage(<SetupPage />, { path: '/setup' });
    expect(screen.getByRole('heading', { level: 1, name: 'Set up the owner account' })).toBeInTheDocument();
    expect(screen.getByText('Set up the owner account:', { selector: 'code' })).toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '/sign-in');
  });

  it('creates the owner with the token, shows the rules as help, and goes home signed in', async () => {
    fetchMock.mockResolvedValueOnce(json(201, session()));
    const { user } = renderSessionPage(<SetupPage />, { path: '/setup?token=tok-123' });
    expect(screen.getByLabelText(/^Password/)).toHaveAccessibleDescription(/At least 12 characters\. It must not be a common password, nor contain your email address/);
    expect(screen.getByLabelText(/^Password/)).toHaveAttribute('autocomplete', 'new-password');
    await fill(user);
    await waitFor(() => expect(location.pathname).toBe('/'));
    expect(location.search).toBe('');
    expect(sentBody(sentWith(fetchMock.mock.calls, 'POST'))).toEqual({ token: 'tok-123', email: 'owner@example.com', password });
    expect(screen.getByRole('status')).toHaveTextContent('The owner account is set up. You are signed in as owner@example.com.');
  });

  it('checks the rules it can before sending: length, the email, the second typing', async () => {
    const { user } = renderSessionPage(<SetupPage />, { path: '/setup?token=tok-123' });
    await user.type(screen.getByLabelText(/^Email address/), 'plumtree@example.com');
    await user.type(screen.getByLabelText(/^Password/), 'short');
    await user.type(screen.getByLabelText(/^Type the password again/), 'other');
    await user.click(screen.getByRole('button', { name: 'Set up and sign in' }));
    expect(await screen.findByRole('link', { name: sessionMessages.newPasswordTooShort(5) })).toBeInTheDocument();
    expect(fetchMock).not.toHaveBeenCalled();
    await user.clear(screen.getByLabelText(/^Password/));
    await user.type(screen.getByLabelText(/^Password/), 'my plumtree password');
    await user.click(screen.getByRole('button', { name: 'Set up and sign in' }));
    expect(await screen.findByRole('link', { name: sessionMessages.newPasswordHasEmail })).toBeInTheDocument();
    await user.clear(screen.getByLabelText(/^Password/));
    await user.type(screen.getByLabelText(/^Password/), password);
    await user.click(screen.getByRole('button', { name: 'Set up and sign in' }));
    expect(await screen.findByRole('link', { name: confirmMismatch })).toBeInTheDocument();
    expect(sentWith(fetchMock.mock.calls, 'POST')).toBeUndefined();
  });

  // The password checks shared with Change password (issue 24).
  it('asks for an empty password as "Enter a password.", not by its length', async () => {
    const { user } = renderSessionPage(<SetupPage />, { path: '/setup?token=tok-123' });
    await user.type(screen.getByLabelText(/^Email address/), 'owner@example.com');
    await user.click(screen.getByRole('button', { name: 'Set up and sign in' }));
    expect(await screen.findByRole('link', { name: sessionMessages.newPasswordRequired })).toHaveAttribute('href', '#session-password');
    expect(screen.getByLabelText(/^Password/)).toHaveAccessibleDescription(expect.stringContaining('Enter a password.'));
    expect(document.body.textContent).not.toContain('this one has 0');
    expect(sentWith(fetchMock.mock.calls, 'POST')).toBeUndefined();
  });

  it('says a common password is one while it is typed, once typing pauses, sending only the start of its hash', async () => {
    const { user } = renderSessionPage(<SetupPage />, { path: '/setup?token=tok-123' });
    await expectCommonPasswordFoundWhileTyping(user, fetchMock, screen.getByLabelText(/^Password/));
  });

  it('does not send a password the pause found common: the summary names it', async () => {
    // Another password than the test before's: the page keeps the ranges it was answered.
    const common = 'letmein123456';
    answerCommonPasswordList(fetchMock, common);
    const { user } = renderSessionPage(<SetupPage />, { path: '/setup?token=tok-123' });
    await user.type(screen.getByLabelText(/^Password/), common);
    await waitFor(() => expect(screen.getByLabelText(/^Password/)).toHaveAttribute('aria-invalid', 'true'));
    await user.type(screen.getByLabelText(/^Email address/), 'owner@example.com');
    await user.type(screen.getByLabelText(/^Type the password again/), common);
    await user.click(screen.getByRole('button', { name: 'Set up and sign in' }));
    expect(await screen.findByRole('link', { name: sessionMessages.newPasswordCommon })).toHaveAttribute('href', '#session-password');
    expect(sentWith(fetchMock.mock.calls, 'POST')).toBeUndefined();
  });

  it('puts the server\'s password rule on the field (a common password)', async () => {
    fetchMock.mockResolvedValueOnce(json(422, apiError(422, 'validation_failed', 'Invalid', [{ path: 'password', message: sessionMessages.newPasswordCommon }])));
    const { user } = renderSessionPage(<SetupPage />, { path: '/setup?token=tok-123' });
    await fill(user);
    expect(await screen.findByLabelText(/^Password/)).toHaveAccessibleDescription(expect.stringContaining(sessionMessages.newPasswordCommon));
    await waitFor(() => expect(screen.getByRole('alert', { name: 'There is a problem' })).toHaveFocus());
  });

  it.each([
    [403, 'forbidden', setupText.badToken],
    [409, 'already_set_up', setupText.alreadySetUp],
  ])('answers %s with a clear message', async (status, code, message) => {
    fetchMock.mockResolvedValueOnce(json(status, apiError(status, code, 'x')));
    const { user } = renderSessionPage(<SetupPage />, { path: '/setup?token=used' });
    await fill(user);
    expect(await screen.findByRole('alert')).toHaveTextContent(message);
    expect(screen.getByLabelText(/^Email address/)).toHaveValue('owner@example.com');
    if (status === 409) expect(screen.getByRole('link', { name: 'Go to sign in' })).toHaveAttribute('href', '/sign-in');
  });
});
