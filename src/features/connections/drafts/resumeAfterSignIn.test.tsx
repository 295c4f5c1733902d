import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { interruptSession, markForResume } from '../../../lib/sessionInterruption';
import { renderConnectionForm, stubFetch } from '../form/renderConnectionForm';
import { loadSectionParts } from '../form/lazyParts';

// The server build: the session ends while the form is open (interruptSession, as a 401 does), the
// person signs in again and comes back to the form.

stubFetch();
beforeEach(() => {
  vi.stubEnv('MODE', 'server');
  localStorage.clear();
  sessionStorage.clear();
  return () => vi.unstubAllEnvs();
});

const token = 'q4w8e2r6t0y3u7i1o5p9a2s6d0f4g8h';
const field = (label: string) => screen.getByLabelText(label, { selector: 'input, select' });
const authType = (label: string) => within(screen.getByRole('group', { name: 'Auth type' })).getByRole('radio', { name: label });

async function typeTokenConnection() {
  const { user } = renderConnectionForm({ connections: [] });
  await user.type(field('Name your connection'), 'Plumtree');
  await user.click(authType('Token'));
  await user.type(field('Client ID'), 'abc123');
  await user.type(field('Access token'), token);
  await user.type(field('Store hash'), 'x7kq2mfa9b');
}

// The sections' parts arrive before a test chooses an auth type, as they do on the page (AuthSection.test.tsx covers the wait).
beforeAll(loadSectionParts);

describe('the draft across a sign-in', () => {
  it('is written at once and marked when the session ends, without the secret', async () => {
    await typeTokenConnection();
    interruptSession(); // before the debounce has written anything
    const stored = localStorage.getItem('connection-draft:new');
    expect(stored).toContain('Plumtree');
    expect(stored).toContain('x7kq2mfa9b');
    expect(stored).not.toContain(token);
    expect(sessionStorage.getItem('resume-after-sign-in:connection-draft:new')).toMatch(/^\d+$/);
  });

  it('comes back restored, and names the secret to type again', async () => {
    await typeTokenConnection();
    interruptSession();
    cleanup();

    renderConnectionForm({ connections: [] });
    const notice = await screen.findByRole('region', { name: 'Your changes are back' });
    expect(notice).toHaveTextContent('Enter the Access token again, then save.');
    expect(field('Name your connection')).toHaveValue('Plumtree');
    expect(field('Client ID')).toHaveValue('abc123');
    expect(field('Store hash')).toHaveValue('x7kq2mfa9b');
    expect(field('Access token')).toHaveValue('');
    expect(screen.queryByRole('button', { name: 'Restore draft' })).not.toBeInTheDocument();
    expect(sessionStorage.getItem('resume-after-sign-in:connection-draft:new')).toBeNull();
  });

  it('without the mark, the draft is offered as before (Restore / Discard)', async () => {
    await typeTokenConnection();
    interruptSession();
    cleanup();
    sessionStorage.clear();

    renderConnectionForm({ connections: [] });
    expect(await screen.findByRole('button', { name: 'Restore draft' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Your changes are back' })).not.toBeInTheDocument();
    expect(field('Name your connection')).toHaveValue('');
  });

  it('marks nothing when nothing was typed', async () => {
    renderConnectionForm({ connections: [] });
    interruptSession();
    expect(localStorage.getItem('connection-draft:new')).toBeNull();
    expect(sessionStorage.length).toBe(0);
  });

  it('a mark without a draft restores nothing', async () => {
    markForResume('connection-draft:new');
    renderConnectionForm({ connections: [] });
    await waitFor(() => expect(field('Name your connection')).toHaveValue(''));
    expect(screen.queryByRole('region', { name: 'Your changes are back' })).not.toBeInTheDocument();
  });
});
