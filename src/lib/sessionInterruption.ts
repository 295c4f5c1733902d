// When the session ends mid-task (an API call answers 401 on the server), the app leaves for the
// sign-in page at once. A page that keeps a draft hears it first (`onSessionInterrupted`): it writes
// its draft now and marks it, so that when the person is back, signed in, the draft is restored
// without asking (`isMarkedForResume`). The marks hold draft keys and times only, never a value.

type Listener = () => void;
const listeners = new Set<Listener>();

export function onSessionInterrupted(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** Tells every listening page that the app is leaving for the sign-in page. */
export function interruptSession(): void {
  for (const listener of [...listeners]) listener();
}

const prefix = 'resume-after-sign-in:';
/** A mark older than this is ignored: the person did not come back from that sign-in. */
export const resumeMarkMaxAgeMs = 24 * 60 * 60 * 1000;

function storage(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null;
  }
}

/** Marks `key`'s draft to be restored, in this tab, once the person is signed in again. */
export function markForResume(key: string, now: number = Date.now()): void {
  try {
    storage()?.setItem(prefix + key, String(now));
  } catch {
    // Without storage the draft is offered instead of restored: nothing is lost.
  }
}

/** True when `key`'s draft was marked in this tab, recently. Reads only (safe during a render). */
export function isMarkedForResume(key: string, now: number = Date.now()): boolean {
  try {
    const at = Number(storage()?.getItem(prefix + key));
    return Number.isFinite(at) && at > 0 && now - at < resumeMarkMaxAgeMs;
  } catch {
    return false;
  }
}

export function clearResumeMark(key: string): void {
  try {
    storage()?.removeItem(prefix + key);
  } catch {
    // Nothing to do.
  }
}
