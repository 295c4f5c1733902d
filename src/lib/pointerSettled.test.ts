import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterPointerSettles, pointerSettled } from './pointerSettled';

describe('pointerSettled', () => {
  afterEach(() => {
    document.body.dispatchEvent(new Event('pointerup', { bubbles: true }));
  });

  it('resolves at once when no pointer is pressed', async () => {
    const done = vi.fn();
    await pointerSettled().then(done);
    expect(done).toHaveBeenCalled();
  });

  it('waits while a pointer is pressed and resolves after its release', async () => {
    await pointerSettled(); // installs the listeners
    document.body.dispatchEvent(new Event('pointerdown', { bubbles: true }));
    const done = vi.fn();
    const settled = pointerSettled().then(done);
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(done).not.toHaveBeenCalled();
    document.body.dispatchEvent(new Event('pointerup', { bubbles: true }));
    await settled;
    expect(done).toHaveBeenCalled();
  });

  it('holds a resolver result until the pointer settles', async () => {
    await pointerSettled();
    const resolver = afterPointerSettles(async (value: number) => value * 2);
    document.body.dispatchEvent(new Event('pointerdown', { bubbles: true }));
    let result: number | undefined;
    const pending = resolver(21).then((value) => (result = value));
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(result).toBeUndefined();
    document.body.dispatchEvent(new Event('pointercancel', { bubbles: true }));
    await pending;
    expect(result).toBe(42);
  });
});
