import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTrailingTimer } from './trailingTimer';

describe('createTrailingTimer', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs once, delayMs after the last touch', () => {
    const action = vi.fn();
    const timer = createTrailingTimer(action, 300);
    timer.touch();
    vi.advanceTimersByTime(200);
    timer.touch();
    vi.advanceTimersByTime(200);
    timer.touch();
    vi.advanceTimersByTime(299);
    expect(action).not.toHaveBeenCalled();
    expect(timer.pending()).toBe(true);
    vi.advanceTimersByTime(1);
    expect(action).toHaveBeenCalledTimes(1);
    expect(timer.pending()).toBe(false);
    vi.advanceTimersByTime(1000);
    expect(action).toHaveBeenCalledTimes(1);
  });

  it('sets no new timer for a touch while one is waiting', () => {
    const setTimeoutSpy = vi.spyOn(globalThis, 'setTimeout');
    const clearTimeoutSpy = vi.spyOn(globalThis, 'clearTimeout');
    const timer = createTrailingTimer(() => undefined, 300);
    for (let i = 0; i < 20; i += 1) {
      timer.touch();
      vi.advanceTimersByTime(10);
    }
    expect(setTimeoutSpy).toHaveBeenCalledTimes(1);
    expect(clearTimeoutSpy).not.toHaveBeenCalled();
  });

  it('flush runs a waiting action at once, and only a waiting one', () => {
    const action = vi.fn();
    const timer = createTrailingTimer(action, 300);
    timer.flush();
    expect(action).not.toHaveBeenCalled();
    timer.touch();
    timer.flush();
    expect(action).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1000);
    expect(action).toHaveBeenCalledTimes(1);
  });

  it('cancel forgets a waiting action; a later touch starts again', () => {
    const action = vi.fn();
    const timer = createTrailingTimer(action, 300);
    timer.touch();
    timer.cancel();
    vi.advanceTimersByTime(1000);
    expect(action).not.toHaveBeenCalled();
    timer.touch();
    vi.advanceTimersByTime(300);
    expect(action).toHaveBeenCalledTimes(1);
  });
});
