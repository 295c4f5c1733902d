import { render, screen } from '@testing-library/react';
import { Suspense, type ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { lazyModule } from './lazyModule';

const greetingModule = { Greeting: ({ name }: { name: string }) => <p>Hello {name}</p> };

function renderInBoundary(node: ReactNode) {
  return render(<Suspense fallback={<p>Waiting</p>}>{node}</Suspense>);
}

describe('lazyModule', () => {
  it('fetches once, and renders a component of a module that has arrived without suspending', async () => {
    const importer = vi.fn(() => Promise.resolve(greetingModule));
    const module = lazyModule(importer);
    const Greeting = module.component((loaded) => loaded.Greeting);
    expect(module.state()).toBe('idle');

    const both = Promise.all([module.load(), module.load()]);
    expect(module.state()).toBe('loading');
    await both;
    expect(importer).toHaveBeenCalledTimes(1);
    expect(module.state()).toBe('arrived');
    renderInBoundary(<Greeting name="Ada" />);
    // Synchronously, with no fallback in between.
    expect(screen.getByText('Hello Ada')).toBeInTheDocument();
    expect(screen.queryByText('Waiting')).toBeNull();
  });

  it('renders through React.lazy before the module has arrived, and tells its subscribers as it starts and arrives', async () => {
    let arrive!: (module: typeof greetingModule) => void;
    const module = lazyModule(() => new Promise<typeof greetingModule>((resolve) => (arrive = resolve)));
    const Greeting = module.component((loaded) => loaded.Greeting);
    const listener = vi.fn();
    module.subscribe(listener);

    renderInBoundary(<Greeting name="Grace" />);
    expect(screen.getByText('Waiting')).toBeInTheDocument();
    // Asked for a moment after the render, not during it (loading notifies the subscribers).
    expect(module.state()).toBe('idle');
    await vi.waitFor(() => expect(module.state()).toBe('loading'));
    arrive(greetingModule);
    expect(await screen.findByText('Hello Grace')).toBeInTheDocument();
    expect(listener).toHaveBeenCalledTimes(2);
    expect(module.state()).toBe('arrived');
  });

  it('reports a failed fetch, and fetches again when asked', async () => {
    const importer = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValueOnce(greetingModule);
    const module = lazyModule<typeof greetingModule>(importer);
    const listener = vi.fn();
    const unsubscribe = module.subscribe(listener);

    await expect(module.load()).rejects.toThrow('offline');
    expect(module.state()).toBe('failed');
    expect(listener).toHaveBeenCalledTimes(2);
    unsubscribe();

    await expect(module.load()).resolves.toBe(greetingModule);
    expect(module.state()).toBe('arrived');
    expect(importer).toHaveBeenCalledTimes(2);
    expect(listener).toHaveBeenCalledTimes(2);
  });
});
