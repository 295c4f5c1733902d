import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { createLeaveGuard, useLeaveGuard } from './leaveGuard';

const blocker = (over: Partial<{ isBlocking: () => boolean; onLeave: () => void; path: string }> = {}) => ({
  isBlocking: () => true,
  path: '/connections/new',
  ...over,
});

describe('createLeaveGuard', () => {
  it('navigates at once when nothing blocks', () => {
    const guard = createLeaveGuard();
    const go = vi.fn();
    guard.attempt(go);
    expect(go).toHaveBeenCalledOnce();
    expect(guard.getPending()).toBeNull();
  });

  it('navigates at once when the blocker has nothing to lose (released after a save)', () => {
    const guard = createLeaveGuard();
    guard.register(blocker({ isBlocking: () => false }));
    const go = vi.fn();
    guard.attempt(go);
    expect(go).toHaveBeenCalledOnce();
  });

  it('holds a navigation until Leave, then runs onLeave and the navigation', () => {
    const guard = createLeaveGuard();
    const onLeave = vi.fn();
    guard.register(blocker({ onLeave }));
    const listener = vi.fn();
    guard.subscribe(listener);
    const go = vi.fn();
    guard.attempt(go);
    expect(go).not.toHaveBeenCalled();
    expect(guard.getPending()).toEqual(expect.objectContaining({ kind: 'navigate' }));
    expect(listener).toHaveBeenCalled();
    guard.confirm();
    expect(onLeave).toHaveBeenCalledOnce();
    expect(go).toHaveBeenCalledOnce();
    expect(guard.getPending()).toBeNull();
  });

  it('drops the navigation on Stay, and keeps what would have been lost', () => {
    const guard = createLeaveGuard();
    const onLeave = vi.fn();
    guard.register(blocker({ onLeave }));
    const go = vi.fn();
    guard.attempt(go);
    guard.stay();
    expect(go).not.toHaveBeenCalled();
    expect(onLeave).not.toHaveBeenCalled();
    expect(guard.getPending()).toBeNull();
  });

  it('ignores a second navigation while the question is open', () => {
    const guard = createLeaveGuard();
    guard.register(blocker());
    const first = vi.fn();
    const second = vi.fn();
    guard.attempt(first);
    guard.attempt(second);
    guard.confirm();
    expect(first).toHaveBeenCalledOnce();
    expect(second).not.toHaveBeenCalled();
  });

  it('stops blocking once the blocker unregisters', () => {
    const guard = createLeaveGuard();
    const unregister = guard.register(blocker());
    expect(guard.isBlocking()).toBe(true);
    unregister();
    expect(guard.isBlocking()).toBe(false);
  });

  describe('back/forward', () => {
    it('freezes the guarded page and, on Stay, pushes its address back', () => {
      const push = vi.fn();
      const guard = createLeaveGuard(push);
      guard.register(blocker({ path: '/connections/c1/edit' }));
      expect(guard.holdHistoryNavigation('/')).toBe(true);
      expect(guard.getFrozenPath()).toBe('/connections/c1/edit');
      expect(guard.getPending()).toEqual(expect.objectContaining({ kind: 'history' }));
      guard.stay();
      expect(push).toHaveBeenCalledWith('/connections/c1/edit');
      expect(guard.getFrozenPath()).toBeNull();
    });

    it('on Leave, unfreezes (the address already changed) without pushing', () => {
      const push = vi.fn();
      const guard = createLeaveGuard(push);
      const onLeave = vi.fn();
      guard.register(blocker({ onLeave }));
      guard.holdHistoryNavigation('/');
      guard.confirm();
      expect(push).not.toHaveBeenCalled();
      expect(onLeave).toHaveBeenCalledOnce();
      expect(guard.getFrozenPath()).toBeNull();
    });

    it('lets a fragment change (same path) and an unguarded page pass', () => {
      const guard = createLeaveGuard(vi.fn());
      expect(guard.holdHistoryNavigation('/')).toBe(false);
      guard.register(blocker({ path: '/connections/new' }));
      expect(guard.holdHistoryNavigation('/connections/new')).toBe(false);
      expect(guard.getPending()).toBeNull();
    });
  });
});

describe('useLeaveGuard', () => {
  it('registers while active and asks the browser before unload', () => {
    const guard = createLeaveGuard();
    const { rerender, unmount } = renderHook(({ active }) => useLeaveGuard(active, {}, guard), { initialProps: { active: false } });
    expect(guard.isBlocking()).toBe(false);
    const quiet = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(quiet);
    expect(quiet.defaultPrevented).toBe(false);

    rerender({ active: true });
    expect(guard.isBlocking()).toBe(true);
    const unload = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(unload);
    expect(unload.defaultPrevented).toBe(true);

    unmount();
    expect(guard.isBlocking()).toBe(false);
    const after = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(after);
    expect(after.defaultPrevented).toBe(false);
  });

  it('lets go at once when released, and calls onLeave on confirm', () => {
    const guard = createLeaveGuard();
    let released = false;
    const onLeave = vi.fn();
    renderHook(() => useLeaveGuard(true, { isReleased: () => released, onLeave }, guard));
    const go = vi.fn();
    act(() => guard.attempt(go));
    expect(go).not.toHaveBeenCalled();
    act(() => guard.confirm());
    expect(onLeave).toHaveBeenCalledOnce();
    expect(go).toHaveBeenCalledOnce();

    released = true;
    const later = vi.fn();
    guard.attempt(later);
    expect(later).toHaveBeenCalledOnce();
  });
});
