// Where a draft is kept: its text in localStorage, read and written unchecked. Both the draft store
// (what goes into a draft) and the draft schema (what a stored draft must look like) build on this,
// so neither needs the other's code.

/** Drafts older than this are dropped when read. */
export const draftMaxAgeMs = 7 * 24 * 60 * 60 * 1000;

/** The storage, or null where there is none (private modes that throw, tests without a DOM). */
function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** The stored text of a panel's draft, unchecked (see draftSchema.ts); null when there is none. */
export function readRawDraft(key: string): string | null {
  try {
    return storage()?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** Stores a draft's text under `key`. */
export function writeRawDraft(key: string, text: string): void {
  try {
    storage()?.setItem(key, text);
  } catch {
    // Full or unavailable storage: the draft is a convenience, the form goes on without it.
  }
}

export function removeDraft(key: string): void {
  try {
    storage()?.removeItem(key);
  } catch {
    // Nothing to do.
  }
}
