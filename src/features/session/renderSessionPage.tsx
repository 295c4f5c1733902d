import { createHash } from 'node:crypto';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { beforeEach, expect, vi } from 'vitest';
import { Router } from 'wouter';
import { StatusProvider, StatusRegion } from '../../ui/StatusMessage';
import { sessionMessages } from '../connections/schema';
import { json, stubFetch } from '../../testing/fetch';

// For unit tests only: a page of this feature at `path` (the browser's own history, as in the app).

export function renderSessionPage(ui: ReactNode, { path = '/', state = null }: { path?: string; state?: unknown } = {}) {
  history.replaceState(state, '', path);
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { gcTime: 0, retry: false } } });
  const user = userEvent.setup();
  render(
    <QueryClientProvider client={queryClient}>
      <StatusProvider>
        <Router>
          <StatusRegion />
          {ui}
        </Router>
      </StatusProvider>
    </QueryClientProvider>,
  );
  return { user, queryClient };
}

export { json, stubFetch };

/** These pages exist in the server build only: its code paths (Retry-After, the 401 listener) run. */
export function serverBuild() {
  beforeEach(() => {
    vi.stubEnv('MODE', 'server');
    return () => vi.unstubAllEnvs();
  });
}

export const apiError = (status: number, code: string, message: string, fields: Array<{ path: string; message: string }> = []) => ({
  error: { status, code, message, fields },
});

export const session = (email = 'owner@example.com') => ({ email, signedInAt: '2026-11-30T09:00:00.000Z', expiresAt: '2026-11-30T21:00:00.000Z' });

/** The body a request was sent with. */
export function sentBody(call: Parameters<typeof fetch> | undefined): unknown {
  const body = call?.[1]?.body;
  return typeof body === 'string' ? JSON.parse(body) : undefined;
}

/** The first request sent with `method` (a page may also GET ranges of the common-password list while a password is typed). */
export function sentWith(calls: ReadonlyArray<Parameters<typeof fetch>>, method: 'POST' | 'PUT'): Parameters<typeof fetch> | undefined {
  return calls.find(([, init]) => init?.method === method);
}

/**
 * Answers GET /api/common-passwords/:prefix as if `common` were the list's only password; returns
 * the start of its hash, all of it that a page may send. (A page keeps the ranges it was answered:
 * a test after another gets its common password found only when the range is a new one.)
 */
export function answerCommonPasswordList(fetchMock: ReturnType<typeof stubFetch>, common: string): string {
  const hash = createHash('sha256').update(common).digest('hex');
  fetchMock.mockImplementation(async (url) => json(200, { suffixes: String(url).endsWith(`/${hash.slice(0, 5)}`) ? [hash.slice(5)] : [] }));
  return hash.slice(0, 5);
}

/**
 * The new-password check shared by Setup and Change password (useCommonPasswordCheck): `common`
 * typed into `field` is said to be common once typing pauses, with nothing submitted (no summary),
 * and only the start of its hash sent; typing on takes the message away.
 */
export async function expectCommonPasswordFoundWhileTyping(user: UserEvent, fetchMock: ReturnType<typeof stubFetch>, field: HTMLElement, common = 'password1234') {
  const prefix = answerCommonPasswordList(fetchMock, common);
  await user.type(field, common);
  await waitFor(() => expect(field).toHaveAccessibleDescription(expect.stringContaining(sessionMessages.newPasswordCommon)));
  expect(field).toHaveAttribute('aria-invalid', 'true');
  // The field was never left and nothing was submitted: the message came from the pause.
  expect(screen.queryByRole('link', { name: sessionMessages.newPasswordCommon })).toBeNull();
  const asked = fetchMock.mock.calls.map(([url]) => String(url));
  expect(asked).toContain(`/api/common-passwords/${prefix}`);
  expect(asked.every((url) => /^\/api\/common-passwords\/[0-9a-f]{5}$/.test(url))).toBe(true);

  await user.type(field, ' lantern harbour');
  await waitFor(() => expect(field).not.toHaveAttribute('aria-invalid'));
  expect(field).not.toHaveAccessibleDescription(expect.stringContaining(sessionMessages.newPasswordCommon));
}
