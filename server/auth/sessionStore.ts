import type { ServerDatabase } from '../db/openDatabase';

export const SESSION_IDLE_MS = 12 * 60 * 60_000;
export const SESSION_ABSOLUTE_MS = 7 * 24 * 60 * 60_000;
/** A session's last request is written at most this often: a write per request would cost every read. */
export const SESSION_TOUCH_MS = 60_000;

export interface StoredSession {
  readonly idHash: string;
  readonly createdAt: number;
  readonly lastSeenAt: number;
}

/** When the session ends if nothing happens: 12 hours after its last request, 7 days after sign-in at the latest. */
export function sessionExpiry(session: Pick<StoredSession, 'createdAt' | 'lastSeenAt'>): number {
  return Math.min(session.lastSeenAt + SESSION_IDLE_MS, session.createdAt + SESSION_ABSOLUTE_MS);
}

/** Sessions by the SHA-256 of their id, in the database, so that every server sees them. */
export function sqlSessionStore(database: ServerDatabase) {
  const db = database.kysely;
  return {
    async create(idHash: string, now: number): Promise<StoredSession> {
      // Ended sessions go as new ones come: the table holds only the live ones and a few.
      await db
        .deleteFrom('sessions')
        .where((eb) => eb.or([eb('last_seen_at', '<=', now - SESSION_IDLE_MS), eb('created_at', '<=', now - SESSION_ABSOLUTE_MS)]))
        .execute();
      await db.insertInto('sessions').values({ id_hash: idHash, created_at: now, last_seen_at: now }).execute();
      return { idHash, createdAt: now, lastSeenAt: now };
    },

    /** The live session with this id hash, its last request moved to `now`; undefined when unknown or ended. */
    async use(idHash: string, now: number): Promise<StoredSession | undefined> {
      const row = await db.selectFrom('sessions').selectAll().where('id_hash', '=', idHash).executeTakeFirst();
      if (!row) return undefined;
      const session = { idHash, createdAt: row.created_at, lastSeenAt: row.last_seen_at };
      if (now >= sessionExpiry(session)) {
        await db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
        return undefined;
      }
      if (now - session.lastSeenAt < SESSION_TOUCH_MS) return session;
      await db.updateTable('sessions').set({ last_seen_at: now }).where('id_hash', '=', idHash).execute();
      return { ...session, lastSeenAt: now };
    },

    async delete(idHash: string): Promise<void> {
      await db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
    },

    /** Ends every session (there is one owner); a password change keeps none of the old ones. */
    async deleteAll(): Promise<void> {
      await db.deleteFrom('sessions').execute();
    },
  };
}
export type SessionStore = ReturnType<typeof sqlSessionStore>;
