import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useNow } from './useNow';

afterEach(() => vi.useRealTimers());

describe('useNow', () => {
  it('gives every reader of a period the same time, moved on by one timer', () => {
    vi.useFakeTimers({ now: Date.parse('2026-12-07T12:00:00.000Z') });
    const setInterval = vi.spyOn(globalThis, 'setInterval');
    const first = renderHook(() => useNow(30_000));
    const second = renderHook(() => useNow(30_000));
    expect(setInterval).toHaveBeenCalledTimes(1);
    expect(second.result.current).toBe(first.result.current);

    act(() => vi.advanceTimersByTime(30_000));
    expect(first.result.current).toBe(Date.parse('2026-12-07T12:00:30.000Z'));
    expect(second.result.current).toBe(first.result.current);

    first.unmount();
    second.unmount();
    expect(vi.getTimerCount()).toBe(0);
  });
});
