import type { ActivityEntry, ActivityPage } from '../../src/features/connections/schema';
import type { ServerDatabase } from '../db/openDatabase';
import { fromJson } from '../storage/rows';
import { sortableId } from '../storage/sortableId';

export const ACTIVITY_PAGE_SIZE = 100;

export type ActivityRecord = Omit<ActivityEntry, 'id' | 'at'>;

/** The activity log: entries are only added, read newest first, 100 a page. */
export function sqlActivityStore(database: ServerDatabase, now: () => number) {
  const db = database.kysely;
  return {
    async record(entry: ActivityRecord): Promise<ActivityEntry> {
      const at = now();
      const stored: ActivityEntry = { id: sortableId(at), at: new Date(at).toISOString(), ...entry, detail: entry.detail === null ? null : entry.detail.slice(0, 500) };
      await db.insertInto('activity').values({ id: stored.id, at: stored.at, data: JSON.stringify(stored) }).execute();
      return stored;
    },

    /** The newest entries, or those older than the entry `before`. */
    async page(before?: string): Promise<ActivityPage> {
      let query = db.selectFrom('activity').select(['id', 'data']).orderBy('id', 'desc').limit(ACTIVITY_PAGE_SIZE + 1);
      if (before) query = query.where('id', '<', before);
      const rows = await query.execute();
      const entries = rows.slice(0, ACTIVITY_PAGE_SIZE).map((row) => fromJson<ActivityEntry>(row));
      return { entries, nextBefore: rows.length > ACTIVITY_PAGE_SIZE ? (entries.at(-1)?.id ?? null) : null };
    },
  };
}
export type ActivityStore = ReturnType<typeof sqlActivityStore>;
