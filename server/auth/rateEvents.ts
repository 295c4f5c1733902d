import { randomUUID } from 'node:crypto';
import type { ServerDatabase } from '../db/openDatabase';

/** Longer than every window counted (15 minutes at most). */
const KEPT_MS = 60 * 60_000;

export interface Window {
  readonly limit: number;
  readonly windowMs: number;
}

export type Reservation = { readonly ok: true; readonly id: string } | { readonly ok: false; readonly retryAfterSeconds: number };

/**
 * Sliding-window counters in the database, shared by every server: the login throttle (per email
 * and per address) and the per-session limit on testing typed credentials.
 *
 * `reserve` first writes the event, then counts: two requests at the same moment on two servers
 * both see each other, so neither slips past the limit. Over the limit, the event is taken back
 * and the answer says when the oldest event in the window leaves it.
 */
export function sqlRateEvents(database: ServerDatabase) {
  const db = database.kysely;
  return {
    async reserve(buckets: readonly string[], { limit, windowMs }: Window, now: number): Promise<Reservation> {
      const id = randomUUID();
      const since = now - windowMs;
      // Events older than any window go as new ones come.
      await db.deleteFrom('rate_events').where('at', '<=', now - KEPT_MS).execute();
      await db
        .insertInto('rate_events')
        .values(buckets.map((bucket, index) => ({ id: `${id}.${index}`, bucket, at: now })))
        .execute();
      let retryAt = 0;
      for (const bucket of buckets) {
        const events = await db.selectFrom('rate_events').select('at').where('bucket', '=', bucket).where('at', '>', since).orderBy('at', 'desc').limit(limit + 1).execute();
        // With this event, more than `limit`: the window frees up when the limit-th newest before it leaves.
        if (events.length > limit) retryAt = Math.max(retryAt, (events[limit]?.at ?? now) + windowMs);
      }
      if (retryAt === 0) return { ok: true, id };
      await this.release(id);
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((retryAt - now) / 1000)) };
    },

    /** Takes a reserved event back (a sign-in that succeeded is no failure). */
    async release(id: string): Promise<void> {
      await db.deleteFrom('rate_events').where('id', 'like', `${id}.%`).execute();
    },

    /** Forgets a bucket's events (the right password clears its email's failures). */
    async clear(bucket: string): Promise<void> {
      await db.deleteFrom('rate_events').where('bucket', '=', bucket).execute();
    },
  };
}
export type RateEvents = ReturnType<typeof sqlRateEvents>;
