import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from './ErrorBoundary';

let shouldThrow = true;
function Fragile({ secret }: { secret: string }) {
  if (shouldThrow) throw new TypeError('Cannot read the store');
  return <p>Recovered {secret.length}</p>;
}

describe('ErrorBoundary', () => {
  it('shows the fallback for a render error and recovers on "Try again"', async () => {
    shouldThrow = true;
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const onReset = vi.fn();
    const user = userEvent.setup();
    render(
      <ErrorBoundary onReset={onReset}>
        <Fragile secret="q4w8e2r6t0y3u7i1o5p9" />
      </ErrorBoundary>,
    );

    expect(screen.getByRole('heading', { name: 'Something went wrong' })).toHaveFocus();
    expect(screen.getByRole('link', { name: 'Back to connections' })).toHaveAttribute('href', '/');
    // Our own log line names the error only: no props, no component stack.
    const ours = errors.mock.calls.map((call) => call.map(String).join(' ')).filter((line) => line.startsWith('The page failed'));
    expect(ours).toEqual(['The page failed to render. TypeError: Cannot read the store']);
    expect(ours.join('\n')).not.toContain('q4w8e2r6');

    shouldThrow = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onReset).toHaveBeenCalledOnce();
    expect(screen.getByText('Recovered 20')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Something went wrong' })).not.toBeInTheDocument();
  });

  it('resets when its reset key changes (a new route)', () => {
    shouldThrow = true;
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { rerender } = render(
      <ErrorBoundary resetKey="/connections/new">
        <Fragile secret="x" />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('heading', { name: 'Something went wrong' })).toBeInTheDocument();
    shouldThrow = false;
    rerender(
      <ErrorBoundary resetKey="/">
        <Fragile secret="x" />
      </ErrorBoundary>,
    );
    expect(screen.getByText('Recovered 1')).toBeInTheDocument();
  });
});
