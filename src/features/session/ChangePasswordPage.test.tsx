import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { sessionMessages } from '../connections/schema';
import { ChangePasswordPage, changedAnnouncement, changeText } from './ChangePasswordPage';
import { apiError, expectCommonPasswordFoundWhileTyping, json, renderSessionPage, sentBody, sentWith, serverBuild, session, stubFetch } from './renderSessionPage';

const fetchMock = stubFetch();
serverBuild();
const current = 'old orchard password';
const next = 'new lantern harbour 77';

async function fill(user: ReturnType<typeof renderSessionPage>['user'], newPassword = next) {
  await user.type(screen.getByLabelText(/^Current password/), current);
  await user.type(screen.getByLabelText(/^New password/), newPassword);
  await user.type(screen.getByLabelText(/^Type the new password again/), newPassword);
  await user.click(screen.getByRole('button', { name: 'Change password' }));
}

describe('ChangePasswordPage', () => {
  it('changes it, and says every other session was signed out', async () => {
    fetchMock.mockResolvedValueOnce(json(200, session()));
    const { user } = renderSessionPage(<ChangePasswordPage />, { path: '/account/password' });
    expect(screen.getByLabelText(/^Current password/)).toHaveAttribute('autocomplete', 'current-password');
    expect(screen.getByLabelText(/^New password/)).toHaveAttribute('autocomplete', 'new-password');
    await fill(user);
    await waitFor(() => expect(location.pathname).toBe('/'));
    expect(sentBody(sentWith(fetchMock.mock.calls, 'PUT'))).toEqual({ currentPassword: current, newPassword: next });
    expect(screen.getByRole('status')).toHaveTextContent(changedAnnouncement);
    expect(changedAnnouncement).toMatch(/Every other session was signed out/);
  });

  it('puts a wrong current password (401 with its field) on that field, and stays', async () => {
    fetchMock.mockResolvedValueOnce(json(401, apiError(401, 'unauthorized', 'Wrong', [{ path: 'currentPassword', message: 'The current password is not right.' }])));
    const { user } = renderSessionPage(<ChangePasswordPage />, { path: '/account/password' });
    await fill(user);
    expect(await screen.findByRole('link', { name: 'The current password is not right.' })).toHaveAttribute('href', '#session-currentPassword');
    expect(screen.getByLabelText(/^Current password/)).toHaveAttribute('aria-invalid', 'true');
    expect(location.pathname).toBe('/account/password');
  });

  it('says when to try again after too many wrong passwords (429, Retry-After)', async () => {
    fetchMock.mockResolvedValueOnce(json(429, apiError(429, 'rate_limited', 'Too many.'), { 'Retry-After': '30' }));
    const { user } = renderSessionPage(<ChangePasswordPage />, { path: '/account/password' });
    await fill(user);
    expect(await screen.findByRole('alert')).toHaveTextContent(changeText.throttled('in 30 seconds'));
    expect(screen.getByLabelText(/^Current password/)).toHaveValue(current);
  });

  it('refuses the same password again before sending', async () => {
    const { user } = renderSessionPage(<ChangePasswordPage />, { path: '/account/password' });
    await fill(user, current);
    expect(await screen.findByRole('link', { name: sessionMessages.newPasswordUnchanged })).toBeInTheDocument();
    expect(sentWith(fetchMock.mock.calls, 'PUT')).toBeUndefined();
  });

  it('Cancel is a button, as on every form, and goes back to the connections', async () => {
    const { user } = renderSessionPage(<ChangePasswordPage />, { path: '/account/password' });
    expect(screen.queryByRole('link', { name: 'Cancel' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(location.pathname).toBe('/');
  });

  it('asks for an empty new password as "Enter a password.", not by its length', async () => {
    const { user } = renderSessionPage(<ChangePasswordPage />, { path: '/account/password' });
    await user.type(screen.getByLabelText(/^Current password/), current);
    await user.click(screen.getByRole('button', { name: 'Change password' }));
    expect(await screen.findByRole('link', { name: sessionMessages.newPasswordRequired })).toHaveAttribute('href', '#session-newPassword');
    expect(sessionMessages.newPasswordRequired).toBe('Enter a password.');
    expect(document.body.textContent).not.toContain('this one has 0');
  });

  it('says a common password is one while it is typed, once typing pauses, sending only the start of its hash', async () => {
    const { user } = renderSessionPage(<ChangePasswordPage />, { path: '/account/password' });
    await expectCommonPasswordFoundWhileTyping(user, fetchMock, screen.getByLabelText(/^New password/));
  });
});
