import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Router } from 'wouter';
import { json, stubFetch } from '../../../testing/fetch';
import type { Connection, ConnectionPage } from '../schema';
import { AttentionSummary } from './AttentionSummary';

const fetchMock = stubFetch();

const at = '2026-12-01T09:30:00.000Z';
const broken = (n: number): Connection => ({
  id: `c${n}`,
  name: `Shop ${n}`,
  authType: 'token',
  clientId: 'abc',
  accessToken: { set: true, updatedAt: at },
  storeHash: `shop${n}`,
  status: { state: 'not_authorized' },
  createdAt: at,
  updatedAt: at,
});

/** The summary over a backend answering its one list request with `page`; the query string it sent. */
async function renderWith(page: ConnectionPage) {
  const asked: URLSearchParams[] = [];
  fetchMock.mockImplementation(async (input) => {
    const url = new URL(String(input), 'http://app.test');
    if (url.pathname !== '/api/connections') throw new Error(`unexpected request ${String(input)}`);
    asked.push(url.searchParams);
    return json(200, page);
  });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={queryClient}>
      <Router>
        <AttentionSummary />
      </Router>
    </QueryClientProvider>,
  );
  return { asked, region: await screen.findByRole('region') };
}

describe('the attention summary', () => {
  it('counts every connection that needs attention, names the first 10, and leads to the rest', async () => {
    const { asked, region } = await renderWith({ connections: Array.from({ length: 10 }, (_, index) => broken(index + 1)), nextCursor: 'next', total: 12 });
    expect(region).toHaveAccessibleName('12 connections need attention');
    expect(within(region).getAllByRole('link', { name: /^Shop / })).toHaveLength(10);
    expect(within(region).getByRole('link', { name: 'and more connections that need attention' })).toHaveAttribute('href', '/?status=attention,uninstalled');
    expect(asked).toHaveLength(1);
    expect(Object.fromEntries(asked[0] ?? [])).toMatchObject({ limit: '10', count: 'true' });
  });

  it('says one in the singular, with no "and more"', async () => {
    const { region } = await renderWith({ connections: [broken(1)], nextCursor: null, total: 1 });
    expect(region).toHaveAccessibleName('1 connection needs attention');
    expect(within(region).queryByRole('link', { name: /and more/ })).toBeNull();
  });
});
