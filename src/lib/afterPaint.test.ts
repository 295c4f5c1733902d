import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterNextPaint } from './afterPaint';

describe('afterNextPaint', () => {
  afterEach(() => vi.useRealTimers());

  it('runs after the frame after next, in a task of its own', () => {
    vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame', 'setTimeout', 'clearTimeout'] });
    const callback = vi.fn();
    afterNextPaint(callback);
    expect(callback).not.toHaveBeenCalled();
    vi.advanceTimersToNextFrame();
    vi.advanceTimersToNextFrame();
    expect(callback).not.toHaveBeenCalled();
    vi.runOnlyPendingTimers();
    expect(callback).toHaveBeenCalledTimes(1);
  });

  it('can be cancelled before, between and after the frames', () => {
    vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame', 'setTimeout', 'clearTimeout'] });
    const early = vi.fn();
    afterNextPaint(early)();
    const between = vi.fn();
    const cancelBetween = afterNextPaint(between);
    vi.advanceTimersToNextFrame();
    cancelBetween();
    const late = vi.fn();
    const cancelLate = afterNextPaint(late);
    vi.advanceTimersToNextFrame();
    vi.advanceTimersToNextFrame();
    cancelLate();
    vi.advanceTimersToNextFrame();
    vi.runAllTimers();
    expect(early).not.toHaveBeenCalled();
    expect(between).not.toHaveBeenCalled();
    expect(late).not.toHaveBeenCalled();
  });
});
