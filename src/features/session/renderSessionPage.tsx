import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { beforeEach, vi } from 'vitest';
import { Router } from 'wouter';
import { StatusProvider, StatusRegion } from '../../ui/StatusMessage';

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

export { json, stubFetch } from '../../testing/fetch';

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
