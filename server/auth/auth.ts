import { randomBytes } from 'node:crypto';
import type { Context } from 'hono';
import type { Session } from '../../src/features/connections/schema';
import { sha256Hex } from '../sha256';
import { sqlActivityStore } from '../activity/activityStore';
import type { ServerDatabase } from '../db/openDatabase';
import { sqlOwnerStore } from './ownerStore';
import { defaultScryptCost, type ScryptCost } from './passwords';
import { sqlRateEvents } from './rateEvents';
import { readSessionId, sessionCookieFor, writeSessionId } from './sessionCookie';
import { sessionExpiry, sqlSessionStore, type StoredSession } from './sessionStore';

export interface AuthOptions {
  /** The app's origin: the cookie's name and Secure, and the one Origin a change may come from. */
  readonly publicUrl: string;
  /** The clock sessions, throttles and the activity log read (a test moves it). */
  readonly now?: () => number;
  readonly scryptCost?: ScryptCost;
  /** Tests of typed credentials per session and minute (30). */
  readonly testsPerMinute?: number;
}

export interface SignedIn extends StoredSession {
  readonly email: string;
}

/** A new session id: 256 random bits. Only its SHA-256 is stored. */
export function newSessionId(): string {
  return randomBytes(32).toString('base64url');
}

export function sessionBody(session: SignedIn): Session {
  return { email: session.email, signedInAt: new Date(session.createdAt).toISOString(), expiresAt: new Date(sessionExpiry(session)).toISOString() };
}

/** The owner account, sessions, throttles and the activity log, over one database. */
export function createAuth(database: ServerDatabase, options: AuthOptions) {
  const now = options.now ?? Date.now;
  const owners = sqlOwnerStore(database);
  const sessions = sqlSessionStore(database);
  const lookups = new WeakMap<Context, Promise<SignedIn | undefined>>();
  // The owner, once known, stays (nothing deletes it, and its email never changes).
  let knownOwnerEmail: string | undefined;
  const ownerEmail = async () => (knownOwnerEmail ??= (await owners.find())?.email);

  const lookUp = async (c: Context): Promise<SignedIn | undefined> => {
    const id = readSessionId(c, cookie);
    if (!id) return undefined;
    const session = await sessions.use(sha256Hex(id), now());
    const email = session && (await ownerEmail());
    return session && email ? { ...session, email } : undefined;
  };
  const cookie = sessionCookieFor(options.publicUrl);

  return {
    database,
    now,
    owners,
    sessions,
    rate: sqlRateEvents(database),
    activity: sqlActivityStore(database, now),
    cookie,
    publicUrl: options.publicUrl,
    scryptCost: options.scryptCost ?? defaultScryptCost,
    testsPerMinute: options.testsPerMinute ?? 30,

    async ownerExists(): Promise<boolean> {
      return (await ownerEmail()) !== undefined;
    },

    /** The live session this request's cookie names, looked up once per request. */
    sessionOf(c: Context): Promise<SignedIn | undefined> {
      let lookup = lookups.get(c);
      if (!lookup) {
        lookup = lookUp(c);
        lookups.set(c, lookup);
      }
      return lookup;
    },

    /** A new session with a new id in the cookie, for `email`. */
    async startSession(c: Context, email: string): Promise<Session> {
      const id = newSessionId();
      const session = await sessions.create(sha256Hex(id), now());
      writeSessionId(c, cookie, id);
      const signedIn = { ...session, email };
      lookups.set(c, Promise.resolve(signedIn));
      return sessionBody(signedIn);
    },
  };
}
export type Auth = ReturnType<typeof createAuth>;
