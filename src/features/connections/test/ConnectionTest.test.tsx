import { screen, waitFor, within } from '@testing-library/react';
import type userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Connection } from '../schema';
import { json, renderConnectionForm, stubFetch } from '../form/renderConnectionForm';
import { loadSectionParts } from '../form/lazyParts';

const now = '2026-01-02T03:04:05.000Z';
const secret = 'q4w8e2r6t0y3u7i1o5p9a2s6d0f4g8h';
const existing: Connection = {
  id: 'c1',
  name: 'Main store',
  authType: 'token',
  clientId: 'abc',
  storeHash: 'x7kq2mfa9b',
  accessToken: { set: true, updatedAt: now },
  status: { state: 'online' },
  createdAt: now,
  updatedAt: now,
};

function setup() {
  return renderConnectionForm({ connections: [existing] });
}

const field = (label: string) => screen.getByLabelText(label, { selector: 'input, select' });
const testGroup = () => screen.getByRole('group', { name: 'Connection test' });
const result = () => within(testGroup()).getByRole('status');

async function fillToken(user: ReturnType<typeof userEvent.setup>, values: { name?: string; storeHash?: string } = {}) {
  await user.click(within(screen.getByRole('group', { name: 'Auth type' })).getByRole('radio', { name: /^Token/ }));
  if (values.name) await user.type(field('Name your connection'), values.name);
  await user.type(field('Access token'), secret);
  await user.type(field('Client ID'), 'abc');
  await user.type(field('Store hash'), values.storeHash ?? 'x7kq2mfa9b');
}

const fetchMock = stubFetch();

// The sections' parts arrive before a test chooses an auth type, as they do on the page (AuthSection.test.tsx covers the wait).
beforeAll(loadSectionParts);

describe('Test connection in the form', () => {
  it('sends the typed credentials once, without the name, shows the store, and keeps no copy of the secret', async () => {
    const { user, queryClient } = setup();
    fetchMock.mockResolvedValueOnce(
      json(200, {
        result: {
          ok: true,
          checkedAt: now,
          store: { hash: 'x7kq2mfa9b', name: 'Plumtree Outfitters', plan: 'Plus' },
          scopes: ['store_v2_information_read_only'],
          rateLimit: { quota: 150, left: 148, windowMs: 30_000 },
        },
      }),
    );
    await fillToken(user);
    await user.click(await screen.findByRole('button', { name: 'Test connection' }));

    await waitFor(() => expect(result()).toHaveTextContent('Connected to Plumtree Outfitters'));
    expect(result()).toHaveTextContent('Rate limit: 150 requests per 30 seconds, 148 left');
    expect(fetchMock).toHaveBeenCalledTimes(1);
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe('/api/connections/test');
    expect(JSON.parse(String(init?.body))).toEqual({ authType: 'token', accessToken: secret, clientId: 'abc', storeHash: 'x7kq2mfa9b' });

    await waitFor(() => expect(queryClient.getMutationCache().getAll()).toHaveLength(0));
    expect(JSON.stringify(queryClient.getQueryCache().getAll().map((query) => [query.queryKey, query.state.data]))).not.toContain(secret);
    // The name was empty: the store's name is offered.
    await user.click(screen.getByRole('button', { name: 'Use name “BigCommerce - Plumtree Outfitters”' }));
    expect(field('Name your connection')).toHaveValue('BigCommerce - Plumtree Outfitters');
    expect(field('Name your connection')).toHaveFocus();
    // Named now: nothing left to offer.
    expect(screen.queryByRole('button', { name: /^Use name/ })).not.toBeInTheDocument();
  });

  it('puts a refused token on Access token', async () => {
    const { user } = setup();
    const message = 'BigCommerce refused this access token for store x7kq2mfa9b.';
    fetchMock.mockResolvedValueOnce(json(200, { result: { ok: false, checkedAt: now, reason: 'unauthorized', message, field: 'accessToken' } }));
    await fillToken(user);
    await user.click(await screen.findByRole('button', { name: 'Test connection' }));
    await waitFor(() => expect(field('Access token')).toHaveAttribute('aria-invalid', 'true'));
    expect(field('Access token')).toHaveAccessibleDescription(expect.stringContaining(message));
    expect(field('Store hash')).not.toHaveAttribute('aria-invalid');
  });

  it('marks missing fields and sends nothing', async () => {
    const { user } = setup();
    await user.click(within(screen.getByRole('group', { name: 'Auth type' })).getByRole('radio', { name: /^Token/ }));
    await user.click(await screen.findByRole('button', { name: 'Test connection' }));
    await waitFor(() => expect(result()).toHaveTextContent('Fill in the marked fields to test the connection.'));
    expect(field('Access token')).toHaveAttribute('aria-invalid', 'true');
    expect(field('Access token')).toHaveFocus();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('can be cancelled: aborts the request and says so', async () => {
    const { user } = setup();
    fetchMock.mockImplementationOnce(
      (_url, init) =>
        new Promise((_resolve, reject) => {
          init?.signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError')));
        }),
    );
    await fillToken(user);
    await user.click(await screen.findByRole('button', { name: 'Test connection' }));
    await waitFor(() => expect(result()).toHaveTextContent('Testing…'));
    expect(screen.getByRole('button', { name: 'Test connection' })).toHaveAttribute('aria-disabled', 'true');
    await user.click(screen.getByRole('button', { name: 'Cancel test' }));
    await waitFor(() => expect(result()).toHaveTextContent('Test cancelled.'));
    expect(fetchMock.mock.calls[0]![1]!.signal!.aborted).toBe(true);
    expect(screen.queryByRole('button', { name: 'Cancel test' })).toBeNull();
    expect(field('Access token')).toHaveValue(secret);
  });

  it('names another connection to the same store next to Store hash', async () => {
    const { user } = setup();
    await fillToken(user);
    // Beside the field, after the keystroke's frame (useDeferredFormSnapshot).
    expect(await screen.findByText('“Main store” already connects to store x7kq2mfa9b.')).toBeInTheDocument();
  });
});
