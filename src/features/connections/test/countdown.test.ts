import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { msToNextTick, secondsLeft, useCountdown } from './countdown';

describe('secondsLeft and msToNextTick', () => {
  it('rounds up to whole seconds and never goes below 0', () => {
    expect(secondsLeft(7000, 0)).toBe(7);
    expect(secondsLeft(7000, 1)).toBe(7);
    expect(secondsLeft(7000, 1000)).toBe(6);
    expect(secondsLeft(7000, 6999)).toBe(1);
    expect(secondsLeft(7000, 7000)).toBe(0);
    expect(secondsLeft(7000, 9000)).toBe(0);
  });

  it('waits until the shown number changes', () => {
    expect(msToNextTick(7000, 0)).toBe(1000);
    expect(msToNextTick(7000, 250)).toBe(750);
    expect(msToNextTick(7000, 6999)).toBe(1);
    expect(msToNextTick(7000, 7000)).toBe(0);
  });
});

describe('useCountdown', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-01-02T03:04:05.000Z'));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('counts down from 7 once a second, to 0, then stops', () => {
    const { result } = renderHook(() => useCountdown());
    expect(result.current.seconds).toBe(0);
    act(() => result.current.start(7));
    expect(result.current.seconds).toBe(7);

    const seen: number[] = [];
    for (let i = 0; i < 7; i += 1) {
      act(() => vi.advanceTimersByTime(999));
      expect(result.current.seconds).toBe(7 - i); // not yet
      act(() => vi.advanceTimersByTime(1));
      seen.push(result.current.seconds);
    }
    expect(seen).toEqual([6, 5, 4, 3, 2, 1, 0]);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('does not drift when a timer fires late', () => {
    const { result } = renderHook(() => useCountdown());
    act(() => result.current.start(7));
    // The page was busy: the clock moved 2.5 s while no timer ran.
    act(() => {
      vi.setSystemTime(Date.now() + 2500);
      vi.advanceTimersByTime(1000);
    });
    expect(result.current.seconds).toBe(4);
    act(() => vi.advanceTimersByTime(500));
    expect(result.current.seconds).toBe(3);
  });

  it('starts again from the new number, and stop() ends it', () => {
    const { result } = renderHook(() => useCountdown());
    act(() => result.current.start(7));
    act(() => vi.advanceTimersByTime(3000));
    expect(result.current.seconds).toBe(4);
    act(() => result.current.start(7));
    expect(result.current.seconds).toBe(7);
    act(() => result.current.stop());
    expect(result.current.seconds).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('leaves no timer behind when unmounted', () => {
    const { result, unmount } = renderHook(() => useCountdown());
    act(() => result.current.start(7));
    unmount();
    expect(vi.getTimerCount()).toBe(0);
  });
});
