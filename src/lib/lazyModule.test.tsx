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
    expect(module.isSettled()).toBe(false);

    await Promise.all([module.load(), module.load()]);
    expect(importer).toHaveBeenCalledTimes(1);
    expect(module.isSettled()).toBe(true);
    renderInBoundary(<Greeting name="Ada" />);
    // Synchronously, with no fallback in between.
    expect(screen.getByText('Hello Ada')).toBeInTheDocument();
    expect(screen.queryByText('Waiting')).toBeNull();
  });

  it('renders through React.lazy before the module has arrived, and tells its subscribers when it does', async () => {
    let arrive!: (module: typeof greetingModule) => void;
    const module = lazyModule(() => new Promise<typeof greetingModule>((resolve) => (arrive = resolve)));
    const Greeting = module.component((loaded) => loaded.Greeting);
    const listener = vi.fn();
    module.subscribe(listener);

    renderInBoundary(<Greeting name="Grace" />);
    expect(screen.getByText('Waiting')).toBeInTheDocument();
    arrive(greetingModule);
    expect(await screen.findByText('Hello Grace')).toBeInTheDocument();
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('counts a failed fetch as settled, and fetches again when asked', async () => {
    const importer = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValueOnce(greetingModule);
    const module = lazyModule<typeof greetingModule>(importer);
    const listener = vi.fn();
    const unsubscribe = module.subscribe(listener);

    await expect(module.load()).rejects.toThrow('offline');
    expect(module.isSettled()).toBe(true);
    expect(listener).toHaveBeenCalledTimes(1);
    unsubscribe();

    await expect(module.load()).resolves.toBe(greetingModule);
    expect(importer).toHaveBeenCalledTimes(2);
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
