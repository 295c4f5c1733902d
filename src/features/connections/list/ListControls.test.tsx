import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ListFilter } from './listFilter';
import { ListControls } from './ListControls';

afterEach(cleanup);

function setup(filter: ListFilter = { q: '', health: [] }) {
  const onChange = vi.fn<(next: ListFilter) => void>();
  const view = render(<ListControls filter={filter} onChange={onChange} />);
  return { onChange, view, user: userEvent.setup() };
}

describe('the list’s search and status filter', () => {
  it('sends the search once typing pauses, not per keystroke', async () => {
    const { onChange, user } = setup();
    await user.type(screen.getByRole('searchbox', { name: 'Search connections' }), 'plum');
    expect(onChange).not.toHaveBeenCalled();
    await waitFor(() => expect(onChange).toHaveBeenCalledTimes(1));
    expect(onChange).toHaveBeenCalledWith({ q: 'plum', health: [] });
  });

  it('sends at once on Enter, and with a status chosen', async () => {
    const { onChange, user } = setup({ q: '', health: ['working'] });
    const search = screen.getByRole('searchbox', { name: 'Search connections' });
    expect(search).toHaveAccessibleDescription('Name or store hash');
    await user.type(search, 'x7kq{Enter}');
    expect(onChange).toHaveBeenLastCalledWith({ q: 'x7kq', health: ['working'] });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Needs attention');
    expect(onChange).toHaveBeenLastCalledWith({ q: 'x7kq', health: ['attention'] });
  });

  it('offers each status in words, and a combination from the address as it is', () => {
    setup({ q: '', health: ['attention', 'uninstalled'] });
    const status = screen.getByRole('combobox', { name: 'Status' });
    expect([...(status as HTMLSelectElement).options].map((option) => option.text)).toEqual([
      'All',
      'Working',
      'Needs attention',
      'Uninstalled',
      'Not checked yet',
      'Needs attention or Uninstalled',
    ]);
    expect(status).toHaveValue('attention,uninstalled');
  });

  it('shows the address’s search when it changes from outside (Back, "Clear search")', () => {
    const { view } = setup({ q: 'plum', health: [] });
    expect(screen.getByRole('searchbox')).toHaveValue('plum');
    view.rerender(<ListControls filter={{ q: '', health: [] }} onChange={() => {}} />);
    expect(screen.getByRole('searchbox')).toHaveValue('');
  });
});
