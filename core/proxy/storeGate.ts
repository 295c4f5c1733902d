import type { StoreBudget } from './budget';
import { FairQueue } from './fairQueue';

export type Admission =
  | { readonly ok: true; readonly waitedMs: number }
  /** It could not go within its time: when to try again. */
  | { readonly ok: false; readonly reason: 'too_long'; readonly retryAfterSeconds: number }
  /** The caller went away, or the server is stopping. */
  | { readonly ok: false; readonly reason: 'gone' }
  /** The budget could not be read (the database is down). */
  | { readonly ok: false; readonly reason: 'unavailable' }
  /** The server is stopping. */
  | { readonly ok: false; readonly reason: 'stopping' };

export interface AdmitOptions {
  readonly keyId: string;
  /** How long the call may wait, in all. */
  readonly maxWaitMs: number;
  readonly signal: AbortSignal;
  /** A call sent again after a 429 goes first. */
  readonly again?: boolean;
}

interface Waiter {
  readonly keyId: string;
  readonly started: number;
  settle(admission: Admission): void;
}

interface StoreLine {
  readonly queue: FairQueue<Waiter>;
  pumping: boolean;
  /** The budget's last "wait this long": what a refused call is told. */
  lastWaitMs: number;
  wake?: () => void;
}

const retryAfterSeconds = (waitMs: number) => Math.max(1, Math.ceil(waitMs / 1000));

/**
 * Where proxied calls wait for their store's quota (docs/decisions/proxy-quota.md). A call goes at
 * once while the budget has room and nobody waits; otherwise it joins the store's queue, which
 * takes from the budget as it refills and lets calls go in turn between keys. One line per store
 * in this server; the budget behind it may be shared by every server.
 */
export function createStoreGate(budget: StoreBudget, now: () => number = () => performance.now()) {
  const lines = new Map<string, StoreLine>();
  let closed = false;

  const lineOf = (storeHash: string): StoreLine => {
    let line = lines.get(storeHash);
    if (!line) {
      line = { queue: new FairQueue<Waiter>(), pumping: false, lastWaitMs: 1000 };
      lines.set(storeHash, line);
    }
    return line;
  };

  const sleep = (line: StoreLine, ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        line.wake = undefined;
        resolve();
      }
      line.wake = done;
    });

  async function pump(storeHash: string, line: StoreLine): Promise<void> {
    if (line.pumping) return;
    line.pumping = true;
    try {
      while (line.queue.size > 0 && !closed) {
        const reservation = await budget.reserve(storeHash);
        if (reservation.granted) {
          // Nobody to give it to when the one it was for left meanwhile: the rest of a window's budget.
          const waiter = line.queue.shift();
          waiter?.settle({ ok: true, waitedMs: now() - waiter.started });
        } else {
          line.lastWaitMs = reservation.waitMs;
          await sleep(line, reservation.waitMs);
        }
      }
    } catch {
      for (const waiter of line.queue.drain()) waiter.settle({ ok: false, reason: 'unavailable' });
    } finally {
      line.pumping = false;
      if (line.queue.size === 0) lines.delete(storeHash);
    }
  }

  function wait(storeHash: string, line: StoreLine, options: AdmitOptions, started: number): Promise<Admission> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        if (line.queue.remove(waiter)) resolve({ ok: false, reason: 'too_long', retryAfterSeconds: retryAfterSeconds(line.lastWaitMs) });
      }, Math.max(0, options.maxWaitMs - (now() - started)));
      const onAbort = () => {
        if (line.queue.remove(waiter)) waiter.settle({ ok: false, reason: 'gone' });
      };
      const waiter: Waiter = {
        keyId: options.keyId,
        started,
        settle(admission) {
          clearTimeout(timer);
          options.signal.removeEventListener('abort', onAbort);
          resolve(admission);
        },
      };
      options.signal.addEventListener('abort', onAbort, { once: true });
      if (options.again) line.queue.pushFront(waiter);
      else line.queue.push(waiter);
      void pump(storeHash, line);
    });
  }

  return {
    async admit(storeHash: string, options: AdmitOptions): Promise<Admission> {
      const started = now();
      if (closed) return { ok: false, reason: 'stopping' };
      if (options.signal.aborted) return { ok: false, reason: 'gone' };
      const existing = lines.get(storeHash);
      let lastWaitMs: number | undefined;
      // Nobody waits, or this call goes first of all (again, after a 429): ask the budget now, and
      // refuse at once what could not go within its wait.
      if (!existing || options.again) {
        let reservation;
        try {
          reservation = await budget.reserve(storeHash);
        } catch {
          return { ok: false, reason: 'unavailable' };
        }
        // Granted without queueing: it waited for nothing (the budget's own read is not a wait).
        if (reservation.granted) return { ok: true, waitedMs: 0 };
        // It could not go in time even first in line: say so now rather than after the wait.
        if (reservation.waitMs > options.maxWaitMs) return { ok: false, reason: 'too_long', retryAfterSeconds: retryAfterSeconds(reservation.waitMs) };
        lastWaitMs = reservation.waitMs;
      }
      const line = lineOf(storeHash);
      if (lastWaitMs !== undefined) line.lastWaitMs = lastWaitMs;
      return wait(storeHash, line, options, started);
    },

    /** An answer may have refilled the budget (a probe learnt the quota): look again now. */
    wake(storeHash: string): void {
      lines.get(storeHash)?.wake?.();
    },

    /** How many calls wait: for one store, or in all (for tests and the log). */
    waiting(storeHash?: string): number {
      if (storeHash !== undefined) return lines.get(storeHash)?.queue.size ?? 0;
      return [...lines.values()].reduce((sum, line) => sum + line.queue.size, 0);
    },

    /** Answers every waiting call 'stopping', and takes no more. */
    close(): void {
      closed = true;
      for (const line of lines.values()) {
        line.wake?.();
        for (const waiter of line.queue.drain()) waiter.settle({ ok: false, reason: 'stopping' });
      }
    },
  };
}
export type StoreGate = ReturnType<typeof createStoreGate>;
