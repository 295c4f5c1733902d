import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderConnectionForm, stubFetch } from './renderConnectionForm';

// The connection test's chunk is held until the test lets it arrive.
const testChunk = vi.hoisted(() => {
  let release!: () => void;
  const arrived = new Promise<void>((resolve) => (release = resolve));
  return { arrived, release };
});
vi.mock('../test/ConnectionTest', async (importOriginal) => {
  await testChunk.arrived;
  return importOriginal();
});

stubFetch();

const authType = (label: string) => within(screen.getByRole('group', { name: 'Auth type' })).getByRole('radio', { name: label });

describe('a chosen auth type whose parts have not arrived', () => {
  it('says its fields are loading, then shows them whole, with the test under them', async () => {
    const { user } = renderConnectionForm({ connections: [] });
    await user.click(authType('Token'));
    expect(authType('Token')).toBeChecked();
    expect(await screen.findByRole('status')).toHaveTextContent('Loading the Token fields…');
    expect(screen.queryByLabelText(/Access token/)).toBeNull();
    expect(screen.queryByText('Choose an auth type to see the fields it needs.')).toBeNull();

    testChunk.release();
    expect(await screen.findByRole('button', { name: 'Test connection' })).toBeInTheDocument();
    expect(screen.getByLabelText(/Access token/, { selector: 'input' })).toBeInTheDocument();
    expect(screen.getByLabelText('Import credentials file', { exact: true })).toBeInTheDocument();
    expect(screen.queryByText('Loading the Token fields…')).toBeNull();

    // Arrived once, a section shows at once.
    await user.click(authType('Basic'));
    expect(screen.getByLabelText(/Username/, { selector: 'input' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Test connection' })).toBeInTheDocument();
  });
});
