import { describe, expect, it, vi } from 'vitest';
import { memoryBudget } from './budget';
import { createStoreGate } from './storeGate';

const store = 'x7kq2mfa9b';
const open = () => new AbortController().signal;

/** A budget that knows the store allows `quota` calls per `windowMs`, the window starting now. */
async function knownBudget(quota: number, windowMs: number) {
  const budget = memoryBudget();
  await budget.observe(store, { kind: 'headers', headers: { quota, left: quota, resetMs: windowMs, windowMs } });
  return budget;
}

describe('the gate where calls wait for their store’s quota', () => {
  it('lets calls go at once while the budget has room', async () => {
    const gate = createStoreGate(await knownBudget(3, 10_000));
    const admissions = await Promise.all([1, 2, 3].map(() => gate.admit(store, { keyId: 'a', maxWaitMs: 0, signal: open() })));
    expect(admissions.every((admission) => admission.ok)).toBe(true);
  });

  it('holds a call until the window resets, then lets it go', async () => {
    const gate = createStoreGate(await knownBudget(1, 150));
    await gate.admit(store, { keyId: 'a', maxWaitMs: 1000, signal: open() });
    const second = await gate.admit(store, { keyId: 'a', maxWaitMs: 1000, signal: open() });
    expect(second.ok).toBe(true);
    expect(second.ok && second.waitedMs).toBeGreaterThanOrEqual(100);
  });

  it('serves waiting keys in turn: a busy key does not starve another', async () => {
    const gate = createStoreGate(await knownBudget(2, 60));
    await Promise.all([gate.admit(store, { keyId: 'x', maxWaitMs: 0, signal: open() }), gate.admit(store, { keyId: 'x', maxWaitMs: 0, signal: open() })]);
    const order: string[] = [];
    const admit = (keyId: string) => gate.admit(store, { keyId, maxWaitMs: 5000, signal: open() }).then(() => order.push(keyId));
    const calls = [admit('busy'), admit('busy'), admit('busy'), admit('busy'), admit('quiet'), admit('quiet')];
    await Promise.all(calls);
    expect(order).toEqual(['busy', 'quiet', 'busy', 'quiet', 'busy', 'busy']);
  });

  it('refuses at once a call that could not go within its wait, and says when to try again (the window, rounded up)', async () => {
    const gate = createStoreGate(await knownBudget(1, 5000));
    await gate.admit(store, { keyId: 'a', maxWaitMs: 0, signal: open() });
    expect(await gate.admit(store, { keyId: 'a', maxWaitMs: 1000, signal: open() })).toEqual({ ok: false, reason: 'too_long', retryAfterSeconds: 6 });
  });

  it('refuses a queued call whose wait runs out before its turn', async () => {
    const gate = createStoreGate(await knownBudget(1, 400));
    await gate.admit(store, { keyId: 'a', maxWaitMs: 0, signal: open() });
    const first = gate.admit(store, { keyId: 'a', maxWaitMs: 1000, signal: open() });
    const impatient = await gate.admit(store, { keyId: 'b', maxWaitMs: 50, signal: open() });
    expect(impatient).toMatchObject({ ok: false, reason: 'too_long' });
    expect((await first).ok).toBe(true);
  });

  it('lets a call leave the queue when its caller goes away', async () => {
    const gate = createStoreGate(await knownBudget(1, 5000));
    await gate.admit(store, { keyId: 'a', maxWaitMs: 0, signal: open() });
    const caller = new AbortController();
    const waiting = gate.admit(store, { keyId: 'a', maxWaitMs: 10_000, signal: caller.signal });
    await vi.waitFor(() => expect(gate.waiting()).toBe(1));
    caller.abort();
    expect(await waiting).toEqual({ ok: false, reason: 'gone' });
    expect(gate.waiting()).toBe(0);
  });

  it('sends one call to learn an unknown quota and the others once it has answered', async () => {
    const budget = memoryBudget();
    const gate = createStoreGate(budget);
    expect((await gate.admit(store, { keyId: 'a', maxWaitMs: 1000, signal: open() })).ok).toBe(true);
    const others = Promise.all([1, 2].map(() => gate.admit(store, { keyId: 'b', maxWaitMs: 1000, signal: open() })));
    await vi.waitFor(() => expect(gate.waiting()).toBe(2));
    await budget.observe(store, { kind: 'headers', headers: { quota: 10, left: 9, resetMs: 1000, windowMs: 1000 } });
    gate.wake(store);
    expect((await others).map((admission) => admission.ok)).toEqual([true, true]);
  });

  it('answers unavailable when the budget cannot be read', async () => {
    const gate = createStoreGate({ reserve: () => Promise.reject(new Error('down')), reserveBackground: () => Promise.reject(new Error('down')), observe: async () => undefined });
    expect(await gate.admit(store, { keyId: 'a', maxWaitMs: 1000, signal: open() })).toEqual({ ok: false, reason: 'unavailable' });
  });
});
