import { randomBytes } from 'node:crypto';

let last = { at: 0, sequence: 0 };

/**
 * An id that sorts by time: the ms since the epoch in 12 hex digits, a sequence for ids of the
 * same millisecond in this process (so they keep their order), then 6 random bytes (so two
 * servers never make the same id).
 */
export function sortableId(at: number): string {
  last = at > last.at ? { at, sequence: 0 } : { at: last.at, sequence: last.sequence + 1 };
  return `${last.at.toString(16).padStart(12, '0')}-${last.sequence.toString(16).padStart(6, '0')}-${randomBytes(6).toString('hex')}`;
}
