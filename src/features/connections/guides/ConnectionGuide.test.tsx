import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { oauthClientKeys } from '../api';
import { answerConnectionSearches } from '../form/renderConnectionForm';
import { ConnectionForm } from '../form/ConnectionForm';
import { ConnectionGuideLayout } from './ConnectionGuideLayout';

// Counts renders of the guide and of a form part that re-renders whenever the form itself does.
const renders = vi.hoisted(() => ({ guide: 0, form: 0 }));
vi.mock('./index', async (original) => {
  const actual = await original<typeof import('./index')>();
  return {
    ...actual,
    SetupGuide: (props: Parameters<typeof actual.SetupGuide>[0]) => {
      renders.guide += 1;
      return actual.SetupGuide(props);
    },
  };
});
vi.mock('../form/AuthTypeField', async (original) => {
  const actual = await original<typeof import('../form/AuthTypeField')>();
  return {
    AuthTypeField: () => {
      renders.form += 1;
      return actual.AuthTypeField();
    },
  };
});

const secret = 'k9x2m4p7q1w8e5r3t6y0u2i4o6p8a1s';
const goodFile = [
  `ACCESS TOKEN: ${secret}`,
  'CLIENT NAME: Connection wizard',
  'API PATH: https://api.bigcommerce.com/stores/et7xe3pz/v3/',
  'CLIENT ID: m8e1mkkmjw2xjinydqz7ie05to1y2nk',
  'CLIENT SECRET: 3f9a1c7e5b2d8f4a6c0e9b7d5f3a1c8e',
].join('\n');

/** The panel with its guide, once the guide has arrived (after the form's paint, in a transition). */
async function setup() {
  const queryClient = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity, retry: false } } });
  answerConnectionSearches([]);
  queryClient.setQueryData(oauthClientKeys.lists(), []);
  const user = userEvent.setup();
  render(
    <QueryClientProvider client={queryClient}>
      <ConnectionGuideLayout>
        <section aria-labelledby="heading">
          <h1 id="heading">Create connection</h1>
          <ConnectionForm labelledBy="heading" onSaved={() => {}} onCancel={() => {}} />
        </section>
      </ConnectionGuideLayout>
    </QueryClientProvider>,
  );
  // The guide is a chunk of its own, loaded after the form: on a busy machine that takes a while.
  await screen.findByRole('complementary', { name: 'Setup guide' }, { timeout: 5000 });
  return { user };
}

const guide = () => screen.getByRole('complementary', { name: 'Setup guide' });
const field = (label: string) => screen.getByLabelText(label, { selector: 'input, select' });
const authType = (label: string) => within(screen.getByRole('group', { name: 'Auth type' })).getByRole('radio', { name: label });
const stepOf = (name: RegExp) => within(guide()).getByRole('checkbox', { name }).closest('li') as HTMLElement;

beforeEach(() => {
  renders.guide = 0;
  renders.form = 0;
  vi.stubGlobal('fetch', vi.fn<typeof fetch>());
  return () => vi.unstubAllGlobals();
});

describe('the panel with its setup guide', () => {
  it('stands the guide beside the form (after it, outside the section) and follows the auth type', async () => {
    const { user } = await setup();
    const aside = await screen.findByRole('complementary', { name: 'Setup guide' });
    expect(aside.closest('section')).toBeNull();
    expect(screen.getByRole('form').compareDocumentPosition(aside) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(within(aside).getByRole('heading', { name: 'Which auth type fits?' })).toBeInTheDocument();

    // The guide follows after the click's frame is painted (useDeferredFormSnapshot).
    await user.click(authType('Token'));
    expect(await within(aside).findByRole('heading', { name: 'Create a store-level API account' })).toBeInTheDocument();
    await user.click(authType('OAuth 2.0'));
    expect(await within(aside).findByRole('heading', { name: 'Create a BigCommerce app' })).toBeInTheDocument();
  });

  it('marks the step of the focused field, leaving focus on the field', async () => {
    const { user } = await setup();
    await user.click(authType('Token'));
    // The guide follows the auth type shortly after the click (useDeferredFormSnapshot).
    await within(guide()).findByRole('heading', { name: 'Create a store-level API account' });
    await user.click(field('Client ID'));
    // The mark follows focus in a render of its own, which a busy machine may hold back a moment.
    await waitFor(() => expect(stepOf(/^Copy the Client ID/)).toHaveAttribute('aria-current', 'step'));
    expect(field('Client ID')).toHaveFocus();

    await user.click(field('Store hash'));
    await waitFor(() => expect(stepOf(/^Note the API path/)).toHaveAttribute('aria-current', 'step'));
    expect(stepOf(/^Copy the Client ID/)).not.toHaveAttribute('aria-current');
    expect(field('Store hash')).toHaveFocus();

    await user.click(field('Name your connection'));
    await waitFor(() => expect(guide().querySelectorAll('[aria-current="step"]')).toHaveLength(0));
  });

  it('re-renders the guide, not the form, for the values it shows; neither for the name', async () => {
    const { user } = await setup();
    await user.click(authType('Token'));
    // The guide follows the auth type after the click's frame (useDeferredFormSnapshot): let it, before counting.
    await within(guide()).findByRole('heading', { name: 'Create a store-level API account' });
    await user.click(field('Name your connection'));
    const before = { ...renders };
    await user.keyboard('Main store');
    expect(renders).toEqual(before);

    await user.click(field('Store hash'));
    const focused = { ...renders };
    await user.keyboard('abc123');
    expect(await within(guide()).findByText(/store abc123 has no control panel to open/)).toBeInTheDocument();
    expect(renders.form).toBe(focused.form);
    expect(renders.guide).toBeGreaterThan(focused.guide);
  });

  it('keeps ticks while the panel is open, across auth types', async () => {
    const { user } = await setup();
    await user.click(authType('Token'));
    await user.click(await within(guide()).findByRole('checkbox', { name: /^Click \+ Create API Account/ }));
    expect(within(guide()).getByText('1 of 10 done')).toBeInTheDocument();
    await user.click(authType('OAuth 2.0'));
    expect(await within(guide()).findByText('0 of 9 done')).toBeInTheDocument();
    await user.click(authType('Basic'));
    expect(await within(guide()).findByText('1 of 10 done')).toBeInTheDocument();
  });

  it('imports a credentials file into the Token fields, saying what it filled without the secret', async () => {
    const { user } = await setup();
    await user.click(authType('Token'));
    await user.upload(screen.getByLabelText('Import credentials file'), new File([goodFile], 'creds.txt', { type: 'text/plain' }));

    await waitFor(() => expect(field('Access token')).toHaveValue(secret));
    expect(field('Client ID')).toHaveValue('m8e1mkkmjw2xjinydqz7ie05to1y2nk');
    expect(field('Store hash')).toHaveValue('et7xe3pz');
    expect(screen.getByText('Filled Access token, Client ID and Store hash from the file.')).toHaveAttribute('role', 'status');
    expect(document.body.textContent).not.toContain(secret);
    expect(screen.getAllByLabelText('Import credentials file')).toHaveLength(1);
  });

  it('imports into Basic: the client ID as username, the access token as password', async () => {
    const { user } = await setup();
    await user.click(authType('Basic'));
    await user.upload(screen.getByLabelText('Import credentials file'), new File([goodFile], 'creds.txt', { type: 'text/plain' }));
    await waitFor(() => expect(field('Username')).toHaveValue('m8e1mkkmjw2xjinydqz7ie05to1y2nk'));
    expect(field('Password')).toHaveValue(secret);
    expect(field('Store hash')).toHaveValue('et7xe3pz');
  });
});
