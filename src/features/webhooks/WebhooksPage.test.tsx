import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Router } from 'wouter';
import { answerRoutes, json, stubFetch, type RouteAnswer } from '../../testing/fetch';
import { StatusProvider, StatusRegion } from '../../ui/StatusMessage';
import { webhookMessages, type Delivery, type Webhook } from '../connections/schema';
import { WebhooksPage } from './WebhooksPage';

const fetchMock = stubFetch();

const at = '2026-12-01T09:30:00.000Z';
const secret = `whsec_${'A1b2C3d4'.repeat(5)}xyz=`;
const newSecret = `whsec_${'Z9y8X7w6'.repeat(5)}abc=`;
const url = 'https://hooks.example.com/bigcommerce';
const webhook = (over: Partial<Webhook> = {}): Webhook => ({
  id: 'w1',
  url,
  events: ['connection.created', 'connection.status_changed'],
  description: 'Order system',
  secretHint: 'whsec_…xyz=',
  createdAt: at,
  updatedAt: at,
  failingSince: null,
  disabledAt: null,
  ...over,
});
const delivery = (over: Partial<Delivery> = {}): Delivery => ({
  id: 'd1',
  type: 'webhook.test',
  connectionId: null,
  createdAt: at,
  state: 'delivered',
  nextAttemptAt: null,
  attempts: [{ at, status: 200, error: null, durationMs: 42 }],
  ...over,
});

/** Answers by method and path; anything else fails the test. */
const backend = (answers: Record<string, RouteAnswer>) => answerRoutes(fetchMock, answers);
const sent = (method: string) => fetchMock.mock.calls.filter(([, init]) => init?.method === method);

function renderPage() {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { gcTime: 0, retry: false } } });
  history.replaceState(null, '', '/webhooks');
  render(
    <QueryClientProvider client={queryClient}>
      <StatusProvider>
        <Router>
          <StatusRegion />
          <WebhooksPage />
        </Router>
      </StatusProvider>
    </QueryClientProvider>,
  );
  return { user: userEvent.setup(), queryClient };
}

const endpoint = (name: string) => screen.getByRole('article', { name });
const cachedData = (queryClient: QueryClient) => JSON.stringify(queryClient.getQueryCache().getAll().map((query) => query.state.data));

describe('the Webhooks page', () => {
  it('lists the endpoints: URL, state, description, events, secret hint, created, and actions that name their endpoint', async () => {
    const other = 'https://erp.example.com/hooks';
    const gone = 'https://old.example.com/in';
    backend({
      'GET /api/webhooks': () =>
        json(200, { webhooks: [webhook(), webhook({ id: 'w2', url: other, description: null, failingSince: at }), webhook({ id: 'w3', url: gone, disabledAt: at, failingSince: at })] }),
    });
    renderPage();
    expect(await screen.findByRole('heading', { level: 1, name: 'Webhooks' })).toBeInTheDocument();
    expect(document.title).toBe('Webhooks – BigCommerce connections');
    const first = await screen.findByRole('article', { name: url });
    expect(first).toHaveTextContent('StateActive');
    expect(first).toHaveTextContent('DescriptionOrder system');
    expect(within(first).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['connection.created', 'connection.status_changed']);
    expect(first).toHaveTextContent('Signing secretwhsec_…xyz=');
    for (const action of ['Send test event', 'Edit', 'Rotate secret', 'Delete']) expect(within(first).getByRole('button', { name: `${action} ${url}` })).toBeInTheDocument();
    expect(within(first).getByRole('button', { name: `Delivery log of ${url}` })).toHaveAttribute('aria-expanded', 'false');
    expect(endpoint(other)).toHaveTextContent(/State\s*Failing since /);
    expect(endpoint(other)).toHaveTextContent('DescriptionNone');
    expect(endpoint(gone)).toHaveTextContent(/Disabled .+: deliveries failed for 3 days\. Save it again to resume\./);
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('says when there is no endpoint yet; a failed load offers Retry', async () => {
    let fail = true;
    backend({ 'GET /api/webhooks': () => (fail ? json(500, { error: { status: 500, code: 'internal', message: 'Broken.', fields: [] } }) : json(200, { webhooks: [] })) });
    const { user } = renderPage();
    expect(await screen.findByRole('alert')).toHaveTextContent('Could not load the endpoints. The server ran into a problem.');
    fail = false;
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('No endpoints yet.')).toBeInTheDocument();
  });

  it('an empty form: each message on its field and in a summary that takes focus; nothing sent', async () => {
    backend({ 'GET /api/webhooks': () => json(200, { webhooks: [] }) });
    const { user } = renderPage();
    await user.click(await screen.findByRole('button', { name: 'Add endpoint' }));
    const summary = await screen.findByRole('alert', { name: 'There is a problem' });
    expect(summary).toHaveFocus();
    expect(within(summary).getAllByRole('link').map((link) => link.textContent)).toEqual([webhookMessages.urlRequired, webhookMessages.eventsRequired]);
    const address = screen.getByRole('textbox', { name: 'Endpoint URL' });
    expect(address).toHaveAttribute('aria-invalid', 'true');
    expect(address).toHaveAccessibleDescription(expect.stringContaining(webhookMessages.urlRequired));
    expect(screen.getByRole('group', { name: 'Events to send' })).toHaveAccessibleDescription(expect.stringContaining(webhookMessages.eventsRequired));
    expect(screen.getByRole('checkbox', { name: 'connection.status_changed' })).toHaveAccessibleDescription(
      'a connection started or stopped working (with its previous status)',
    );

    await user.click(within(summary).getByRole('link', { name: webhookMessages.eventsRequired }));
    expect(screen.getByRole('checkbox', { name: 'connection.created' })).toHaveFocus();
    await user.type(address, 'ftp://hooks.example.com');
    await user.click(screen.getByRole('checkbox', { name: 'connection.deleted' }));
    await user.click(screen.getByRole('button', { name: 'Add endpoint' }));
    await waitFor(() => expect(within(screen.getByRole('alert', { name: 'There is a problem' })).getAllByRole('link').map((link) => link.textContent)).toEqual([webhookMessages.urlInvalid]));
    expect(sent('POST')).toEqual([]);
  });

  it('adds an endpoint: its signing secret shown once with a copy button and how to verify, never cached, gone after Done', async () => {
    let body: unknown;
    backend({
      'GET /api/webhooks': () => json(200, { webhooks: body ? [webhook()] : [] }),
      'POST /api/webhooks': (init) => {
        body = JSON.parse(String(init?.body));
        return json(201, { webhook: webhook({ description: null }), secret });
      },
    });
    const { user, queryClient } = renderPage();
    await user.type(await screen.findByRole('textbox', { name: 'Endpoint URL' }), ` ${url} `);
    await user.click(screen.getByRole('checkbox', { name: 'connection.status_changed' }));
    await user.click(screen.getByRole('checkbox', { name: 'connection.created' }));
    await user.type(screen.getByRole('textbox', { name: 'Description (optional)' }), '   ');
    await user.click(screen.getByRole('button', { name: 'Add endpoint' }));

    const notice = await screen.findByRole('region', { name: 'Endpoint added: its signing secret' });
    // In the events' order on the page, whatever the order they were ticked in; a blank description is none.
    expect(body).toEqual({ url, events: ['connection.created', 'connection.status_changed'], description: null });
    expect(within(notice).getByRole('heading', { level: 2 })).toHaveFocus();
    expect(notice).toHaveTextContent('Copy the secret now: it will not be shown again.');
    expect(within(notice).getByText(secret)).toBeInTheDocument();
    expect(within(notice).getByRole('button', { name: 'Copy the secret' })).toBeInTheDocument();
    expect(within(notice).getByText(/new Webhook\(process\.env\.WEBHOOK_SECRET\)\.verify\(rawBody, headers\)/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add endpoint' })).not.toBeInTheDocument();
    expect(await screen.findByRole('article', { name: url })).toBeInTheDocument();
    expect(cachedData(queryClient)).not.toContain(secret);
    expect(queryClient.getMutationCache().getAll()).toEqual([]);

    await user.click(within(notice).getByRole('button', { name: 'Done' }));
    expect(document.body.innerHTML).not.toContain(secret);
    expect(screen.getByRole('heading', { level: 2, name: 'Your endpoints' })).toHaveFocus();
    expect(screen.getByRole('textbox', { name: 'Endpoint URL' })).toHaveValue('');
  });

  it('a 422 on the address lands on that field, and nothing typed is lost', async () => {
    const message = 'The address 10.0.0.1 is private: webhooks are sent only to public addresses.';
    backend({
      'GET /api/webhooks': () => json(200, { webhooks: [] }),
      'POST /api/webhooks': () => json(422, { error: { status: 422, code: 'validation_failed', message: 'Invalid.', fields: [{ path: 'url', message }] } }),
    });
    const { user } = renderPage();
    await user.type(await screen.findByRole('textbox', { name: 'Endpoint URL' }), 'https://10.0.0.1/hook');
    await user.click(screen.getByRole('checkbox', { name: 'connection.deleted' }));
    await user.type(screen.getByRole('textbox', { name: 'Description (optional)' }), 'Audit');
    await user.click(screen.getByRole('button', { name: 'Add endpoint' }));
    const summary = await screen.findByRole('alert', { name: 'There is a problem' });
    await waitFor(() => expect(summary).toHaveFocus());
    expect(within(summary).getByRole('link', { name: message })).toHaveAttribute('href', '#webhook-url');
    expect(screen.getByRole('textbox', { name: 'Endpoint URL' })).toHaveAccessibleDescription(expect.stringContaining(message));
    expect(screen.getByRole('textbox', { name: 'Endpoint URL' })).toHaveValue('https://10.0.0.1/hook');
    expect(screen.getByRole('checkbox', { name: 'connection.deleted' })).toBeChecked();
    expect(screen.getByRole('textbox', { name: 'Description (optional)' })).toHaveValue('Audit');
  });

  it('Send test event says so, opens the log, and polls it while the delivery is pending; Resend queues it again', async () => {
    const queued = delivery({ state: 'pending', nextAttemptAt: new Date().toISOString(), attempts: [], createdAt: new Date().toISOString() });
    let log: Delivery[] = [];
    backend({
      'GET /api/webhooks': () => json(200, { webhooks: [webhook()] }),
      'POST /api/webhooks/w1/test': () => {
        log = [queued];
        return json(202, { delivery: queued });
      },
      'GET /api/webhooks/w1/deliveries': () => {
        const answer = json(200, { deliveries: log });
        // The next look finds the test event sent.
        log = log.map((entry) => (entry.id === queued.id ? delivery() : entry));
        return answer;
      },
      'POST /api/webhooks/w1/deliveries/d1/resend': () => {
        const again = delivery({ id: 'd2', state: 'pending', nextAttemptAt: new Date(Date.now() + 60_000).toISOString(), attempts: [] });
        log = [again, ...log];
        return json(202, { delivery: again });
      },
    });
    const { user } = renderPage();
    await user.click(await screen.findByRole('button', { name: `Send test event ${url}` }));
    expect(await screen.findByText(`Test event sent to ${url}. Its delivery shows in the log.`)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: `Delivery log of ${url}` })).toHaveAttribute('aria-expanded', 'true');
    const table = await screen.findByRole('table', { name: `Deliveries to ${url}, newest first` });
    expect(within(table).getByRole('row', { name: /webhook\.test/ })).toHaveTextContent(/Pending/);
    const row = await within(table).findByRole('row', { name: /webhook\.test .*HTTP 200 42 ms Delivered/ }, { timeout: 3000 });

    await user.click(within(row).getByRole('button', { name: /^Resend webhook\.test of / }));
    expect(await screen.findByText(`The webhook.test event is sent again to ${url}, as a new delivery.`)).toBeInTheDocument();
    expect(sent('POST').map(([path]) => path)).toEqual(['/api/webhooks/w1/test', '/api/webhooks/w1/deliveries/d1/resend']);
    await waitFor(() => expect(within(table).getAllByRole('row')[1]).toHaveTextContent(/^webhook\.test.*0Pending — next try .+—Pending/));
  });

  it('Rotate secret asks first, then shows the new secret once', async () => {
    let rotated = false;
    backend({
      'GET /api/webhooks': () => json(200, { webhooks: [webhook(rotated ? { secretHint: 'whsec_…abc=' } : {})] }),
      'POST /api/webhooks/w1/rotate': () => {
        rotated = true;
        return json(200, { webhook: webhook({ secretHint: 'whsec_…abc=' }), secret: newSecret });
      },
    });
    const { user, queryClient } = renderPage();
    await user.click(await screen.findByRole('button', { name: `Rotate secret ${url}` }));
    const dialog = screen.getByRole('alertdialog', { name: 'Rotate the signing secret?' });
    expect(dialog).toHaveTextContent(`Give ${url} a new signing secret? The old one stops signing at once`);
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(sent('POST')).toEqual([]);

    await user.click(screen.getByRole('button', { name: `Rotate secret ${url}` }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Rotate secret' }));
    const notice = await screen.findByRole('region', { name: 'New signing secret' });
    await waitFor(() => expect(within(notice).getByRole('heading', { level: 2 })).toHaveFocus());
    expect(notice).toHaveTextContent('The old secret no longer signs');
    expect(within(notice).getByText(newSecret)).toBeInTheDocument();
    expect(endpoint(url)).toHaveTextContent('whsec_…abc=');
    expect(cachedData(queryClient)).not.toContain(newSecret);
    await user.click(within(notice).getByRole('button', { name: 'Done' }));
    expect(document.body.innerHTML).not.toContain(newSecret);
  });

  it('Edit saves the address, events and description (PUT); a disabled endpoint is said to be sent to again', async () => {
    let body: unknown;
    const other = 'https://hooks.example.com/v2';
    backend({
      'GET /api/webhooks': () => json(200, { webhooks: [body ? webhook({ url: other, events: ['connection.deleted'] }) : webhook({ disabledAt: at })] }),
      'PUT /api/webhooks/w1': (init) => {
        body = JSON.parse(String(init?.body));
        return json(200, webhook({ url: other, events: ['connection.deleted'], description: null }));
      },
    });
    const { user } = renderPage();
    await user.click(await screen.findByRole('button', { name: `Edit ${url}` }));
    const form = screen.getByRole('form', { name: `Edit ${url}` });
    expect(within(form).getByRole('checkbox', { name: 'connection.created' })).toBeChecked();
    await user.clear(within(form).getByRole('textbox', { name: 'Endpoint URL' }));
    await user.type(within(form).getByRole('textbox', { name: 'Endpoint URL' }), other);
    await user.click(within(form).getByRole('checkbox', { name: 'connection.created' }));
    await user.click(within(form).getByRole('checkbox', { name: 'connection.status_changed' }));
    await user.click(within(form).getByRole('checkbox', { name: 'connection.deleted' }));
    await user.clear(within(form).getByRole('textbox', { name: 'Description (optional)' }));
    await user.click(within(form).getByRole('button', { name: 'Save endpoint' }));
    expect(await screen.findByText(`Webhook endpoint ${other} saved. Events are sent to it again.`)).toBeInTheDocument();
    expect(body).toEqual({ url: other, events: ['connection.deleted'], description: null });
    expect(screen.queryByRole('form', { name: /^Edit / })).not.toBeInTheDocument();
    expect(await screen.findByRole('article', { name: other })).toHaveTextContent('StateActive');
    await waitFor(() => expect(screen.getByRole('button', { name: `Edit ${other}` })).toHaveFocus());
  });

  it('Delete asks first: Cancel keeps the endpoint; Delete removes it and says so', async () => {
    let deleted = false;
    backend({
      'GET /api/webhooks': () => json(200, { webhooks: deleted ? [] : [webhook()] }),
      'DELETE /api/webhooks/w1': () => {
        deleted = true;
        return new Response(null, { status: 204 });
      },
    });
    const { user } = renderPage();
    await user.click(await screen.findByRole('button', { name: `Delete ${url}` }));
    const dialog = screen.getByRole('alertdialog', { name: 'Delete webhook endpoint?' });
    expect(dialog).toHaveTextContent(`Delete the endpoint ${url}? Nothing more is sent to it`);
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(deleted).toBe(false);

    await user.click(screen.getByRole('button', { name: `Delete ${url}` }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Delete' }));
    expect(await screen.findByText('No endpoints yet.')).toBeInTheDocument();
    expect(deleted).toBe(true);
    expect(screen.getAllByRole('status')[0]).toHaveTextContent(`Webhook endpoint ${url} deleted.`);
    await waitFor(() => expect(screen.getByRole('heading', { level: 2, name: 'Your endpoints' })).toHaveFocus());
  });
});
