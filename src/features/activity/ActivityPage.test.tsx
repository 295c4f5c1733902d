import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, stubFetch } from '../../testing/fetch';
import type { ActivityEntry } from '../connections/schema';
import { ActivityPage } from './ActivityPage';

const fetchMock = stubFetch();

const entry = (id: string, over: Partial<ActivityEntry> = {}): ActivityEntry => ({
  id,
  at: '2026-11-30T09:00:00.000Z',
  actor: 'owner@example.com',
  action: 'connection.created',
  outcome: 'succeeded',
  subject: { kind: 'connection', id: 'c1', name: 'Plumtree' },
  detail: null,
  ...over,
});

function renderPage() {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={queryClient}>
      <ActivityPage />
    </QueryClientProvider>,
  );
  return userEvent.setup();
}

describe('ActivityPage', () => {
  it('lists the log newest first in a table, and pages on with "Show older"', async () => {
    fetchMock.mockResolvedValueOnce(
      json(200, {
        entries: [
          entry('e3', { action: 'connection.tested', outcome: 'failed', detail: 'BigCommerce refused the access token (401).' }),
          entry('e2', { action: 'connection.uninstalled', actor: null }),
        ],
        nextBefore: 'e2',
      }),
    );
    const user = renderPage();
    const table = await screen.findByRole('table', { name: 'Activity, newest first' });
    expect(within(table).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['When', 'Who', 'What', 'Connection or client', 'Outcome', 'Detail']);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell').slice(1).map((cell) => cell.textContent))).toEqual([
      ['owner@example.com', 'Tested a connection', 'Plumtree', 'Failed', 'BigCommerce refused the access token (401).'],
      ['BigCommerce', 'Uninstalled from BigCommerce', 'Plumtree', 'Succeeded', '—'],
    ]);
    expect(fetchMock.mock.calls[0]?.[0]).toBe('/api/activity');

    fetchMock.mockResolvedValueOnce(json(200, { entries: [entry('e1', { action: 'owner.created', subject: null })], nextBefore: null }));
    await user.click(screen.getByRole('button', { name: 'Show older' }));
    expect(await screen.findByRole('cell', { name: 'Set up the owner account' })).toBeInTheDocument();
    expect(fetchMock.mock.calls[1]?.[0]).toBe('/api/activity?before=e2');
    expect(within(table).getAllByRole('row')).toHaveLength(4);
    expect(screen.getByRole('status')).toHaveTextContent('3 entries shown.');
    expect(screen.queryByRole('button', { name: 'Show older' })).not.toBeInTheDocument();
  });

  it('says when nothing is recorded, and offers a retry when the log does not load', async () => {
    fetchMock.mockResolvedValueOnce(json(500, { error: { status: 500, code: 'internal', message: 'Boom' } }));
    const user = renderPage();
    expect(await screen.findByRole('alert')).toHaveTextContent('Could not load the activity. The server ran into a problem. Try again in a moment.');
    fetchMock.mockResolvedValueOnce(json(200, { entries: [], nextBefore: null }));
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('Nothing has been recorded yet.')).toBeInTheDocument();
  });
});
