import { act, fireEvent, render, screen } from '@testing-library/react';
import { useLayoutEffect, type ReactNode } from 'react';
import { FormProvider, useForm, useFormContext, useWatch } from 'react-hook-form';
import { describe, expect, it, vi } from 'vitest';
import type { ConnectionFormValues } from '../schema';
import { deferredSnapshotDelayMs, useDeferredFormSnapshot, useFormSnapshot } from './useFormSnapshot';

// startTransition passes through, counted: an unchanged selection must not schedule one (each may commit).
const transitions = vi.hoisted(() => ({ count: 0 }));
vi.mock('react', async (importOriginal) => {
  const react = await importOriginal<typeof import('react')>();
  return {
    ...react,
    startTransition: (scope: () => void) => {
      transitions.count += 1;
      react.startTransition(scope);
    },
  };
});

const nameOf = (values: Partial<ConnectionFormValues>) => values.name;
const nameFields = ['name'] as const;

function Form({ children }: { children: ReactNode }) {
  const methods = useForm<ConnectionFormValues>({ defaultValues: { name: 'first' } as ConnectionFormValues });
  return <FormProvider {...methods}>{children}</FormProvider>;
}

function SnapshotName() {
  return <p>snapshot: {useFormSnapshot(nameOf, nameFields)}</p>;
}

function Rename() {
  const { setValue } = useFormContext<ConnectionFormValues>();
  return <button type="button" onClick={() => setValue('name', 'second')}>Rename</button>;
}

function ResetForm() {
  const { reset } = useFormContext<ConnectionFormValues>();
  return <button type="button" onClick={() => reset({ name: 'restored' } as ConnectionFormValues)}>Reset</button>;
}

function StoreHashInput() {
  const { register } = useFormContext<ConnectionFormValues>();
  return <input aria-label="Store hash" {...register('storeHash')} />;
}

function NameInput() {
  const { register } = useFormContext<ConnectionFormValues>();
  return <input aria-label="Name" {...register('name')} />;
}

function DeferredName() {
  return <p>deferred: {useDeferredFormSnapshot(nameOf, nameFields)}</p>;
}

const upperNameOf = (values: Partial<ConnectionFormValues>) => values.name?.toUpperCase();
function DeferredUpperName() {
  return <p>upper: {useDeferredFormSnapshot(upperNameOf, nameFields)}</p>;
}

function WatchedName() {
  return <p>watched: {useWatch<ConnectionFormValues, 'name'>({ name: 'name' })}</p>;
}

/** Types into the form after its siblings rendered and before they subscribed, as a late chunk can meet a keystroke. */
function TypesBeforeCommit() {
  const { setValue } = useFormContext<ConnectionFormValues>();
  useLayoutEffect(() => setValue('name', 'typed meanwhile'), [setValue]);
  return null;
}

describe('useFormSnapshot', () => {
  it('follows the form as it changes', () => {
    render(<Form><SnapshotName /><Rename /></Form>);
    expect(screen.getByText('snapshot: first')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Rename' }));
    expect(screen.getByText('snapshot: second')).toBeInTheDocument();
  });

  it('sees a value typed between its first render and its subscription, which useWatch misses', () => {
    render(
      <Form>
        <TypesBeforeCommit />
        <SnapshotName />
        <WatchedName />
      </Form>,
    );
    expect(screen.getByText('snapshot: typed meanwhile')).toBeInTheDocument();
    // The reason this hook exists: if useWatch ever catches up, this hook can go.
    expect(screen.getByText('watched: first')).toBeInTheDocument();
  });
});

describe('useDeferredFormSnapshot', () => {
  it('follows the form, and sees what was typed before it subscribed', async () => {
    render(
      <Form>
        <TypesBeforeCommit />
        <DeferredName />
        <Rename />
      </Form>,
    );
    expect(await screen.findByText('deferred: typed meanwhile')).toBeInTheDocument();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Rename' }));
    });
    expect(await screen.findByText('deferred: second')).toBeInTheDocument();
  });

  it('schedules no update when a change elsewhere leaves its selection as it was', async () => {
    render(
      <Form>
        <DeferredName />
        <StoreHashInput />
        <Rename />
      </Form>,
    );
    const type = async (value: string) =>
      act(async () => {
        fireEvent.input(screen.getByRole('textbox', { name: 'Store hash' }), { target: { value } });
        await new Promise((resolve) => setTimeout(resolve, 100));
      });
    await type('a');
    const before = transitions.count;
    await type('ab');
    await type('abc');
    expect(transitions.count).toBe(before);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Rename' }));
    });
    expect(await screen.findByText('deferred: second')).toBeInTheDocument();
    expect(transitions.count).toBe(before + 1);
  });

  it('renders a burst of changes once, after the last of them, asking nothing of the changes\' frames', async () => {
    render(
      <Form>
        <DeferredName />
        <NameInput />
      </Form>,
    );
    const before = transitions.count;
    // A requestAnimationFrame callback would run inside the keystroke's own frame, before its paint.
    const frames = vi.spyOn(window, 'requestAnimationFrame');
    for (const value of ['s', 'se', 'sec']) fireEvent.input(screen.getByRole('textbox', { name: 'Name' }), { target: { value } });
    // Nothing yet: the keystrokes' frames show the field alone.
    expect(screen.getByText('deferred: first')).toBeInTheDocument();
    expect(transitions.count).toBe(before);
    expect(await screen.findByText('deferred: sec')).toBeInTheDocument();
    expect(transitions.count).toBe(before + 1);
    expect(frames).not.toHaveBeenCalled();
    frames.mockRestore();
  });

  it('sets one timer for a keystroke, however many snapshots read its field, and updates them in one task', async () => {
    render(
      <Form>
        <DeferredName />
        <DeferredUpperName />
        <NameInput />
      </Form>,
    );
    const timers = vi.spyOn(globalThis, 'setTimeout');
    fireEvent.input(screen.getByRole('textbox', { name: 'Name' }), { target: { value: 'one' } });
    expect(timers.mock.calls.filter(([, delay]) => delay === deferredSnapshotDelayMs)).toHaveLength(1);
    timers.mockRestore();
    expect(await screen.findByText('deferred: one')).toBeInTheDocument();
    expect(screen.getByText('upper: ONE')).toBeInTheDocument();
  });

  it('follows a reset, which names no field', async () => {
    render(
      <Form>
        <DeferredName />
        <ResetForm />
      </Form>,
    );
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    });
    expect(await screen.findByText('deferred: restored')).toBeInTheDocument();
  });
});
