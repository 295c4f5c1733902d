import { useCallback, useEffect, useRef, useState } from 'react';
import { HttpError } from '../../../lib/http';
import { describeError } from '../api';
import type { TestResult } from '../schema';
import { useCountdown } from './countdown';

export type TestView =
  | { kind: 'idle' }
  /** The branch's fields are not filled in well enough to test. */
  | { kind: 'incomplete' }
  | { kind: 'running' }
  | { kind: 'cancelled' }
  /** The test ran; `result` says what BigCommerce answered. */
  | { kind: 'done'; result: TestResult }
  /** Our own backend failed to run it. */
  | { kind: 'error'; message: string; retry: boolean };

export type TestOutcome = { kind: 'done'; result: TestResult } | { kind: 'error'; error: unknown } | { kind: 'cancelled' };

/**
 * One test at a time: runs it with an AbortSignal ("Cancel test"), keeps what it found, and counts
 * down a rate limit's wait. Leaving the page or switching the auth type cancels a running test.
 */
export function useTestRun() {
  const [view, setView] = useState<TestView>({ kind: 'idle' });
  const controller = useRef<AbortController | null>(null);
  const countdown = useCountdown();
  const { start: startCountdown, stop: stopCountdown } = countdown;

  useEffect(() => () => controller.current?.abort(), []);

  const run = useCallback(
    async (perform: (signal: AbortSignal) => Promise<TestResult>, onSettled?: () => void): Promise<TestOutcome | undefined> => {
      if (controller.current) return undefined;
      const current = new AbortController();
      controller.current = current;
      stopCountdown();
      setView({ kind: 'running' });
      try {
        const result = await perform(current.signal);
        if (current.signal.aborted) {
          setView({ kind: 'cancelled' });
          return { kind: 'cancelled' };
        }
        setView({ kind: 'done', result });
        if (!result.ok && result.reason === 'rate_limited' && result.retryAfterSeconds) startCountdown(result.retryAfterSeconds);
        return { kind: 'done', result };
      } catch (error) {
        if (current.signal.aborted) {
          setView({ kind: 'cancelled' });
          return { kind: 'cancelled' };
        }
        const refused = error instanceof HttpError && error.status < 500;
        setView({ kind: 'error', message: `The test could not run. ${describeError(error)}`, retry: !refused });
        return { kind: 'error', error };
      } finally {
        controller.current = null;
        onSettled?.();
      }
    },
    [startCountdown, stopCountdown],
  );

  const cancel = useCallback(() => controller.current?.abort(), []);
  const reset = useCallback((next: TestView = { kind: 'idle' }) => {
    stopCountdown();
    // Idle stays the same object: a keystroke in an untested field then re-renders nothing.
    setView((current) => (current.kind === 'idle' && next.kind === 'idle' ? current : next));
  }, [stopCountdown]);

  return { view, run, cancel, reset, waitSeconds: countdown.seconds };
}
