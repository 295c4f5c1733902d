import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { Kysely } from 'kysely';
import { sha256Hex } from '../sha256';
import type { ServerDatabase } from '../db/openDatabase';
import type { Tables } from '../db/tables';

export const SETUP_TOKEN_LIFETIME_MS = 60 * 60_000;
const settingName = 'setup_token';

// The token printed at a start without an owner. The database keeps only its SHA-256 and when it
// ends, in one `settings` row: each start writes a new one, so a token printed before a restart
// stops working; claiming it deletes the row, so it works once.

/** A new token, replacing any earlier one; the caller prints it and forgets it. */
export async function issueSetupToken(database: ServerDatabase, now: number): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  const value = `${sha256Hex(token)}.${now + SETUP_TOKEN_LIFETIME_MS}`;
  await database.kysely
    .insertInto('settings')
    .values({ name: settingName, value })
    .onConflict((conflict) => conflict.column('name').doUpdateSet({ value }))
    .execute();
  return token;
}

async function matches(stored: string | undefined, token: string, now: number): Promise<boolean> {
  const [hash = '', expiresAt] = (stored ?? '').split('.');
  const given = Buffer.from(sha256Hex(token));
  return hash.length === given.length && timingSafeEqual(Buffer.from(hash), given) && now < Number(expiresAt);
}

/** True when `token` is the current one, unused and unexpired. Reads only. */
export async function setupTokenValid(database: ServerDatabase, token: string, now: number): Promise<boolean> {
  const row = await database.kysely.selectFrom('settings').select('value').where('name', '=', settingName).executeTakeFirst();
  return matches(row?.value, token, now);
}

/**
 * Uses the token up inside `trx`: true when it was the current one and unexpired, and now it is
 * gone. Deleting that very row is the claim: of two setups at once, one deletes it, the other finds nothing.
 */
export async function claimSetupToken(trx: Kysely<Tables>, token: string, now: number): Promise<boolean> {
  const row = await trx.selectFrom('settings').select('value').where('name', '=', settingName).executeTakeFirst();
  if (!row || !(await matches(row.value, token, now))) return false;
  const deleted = await trx.deleteFrom('settings').where('name', '=', settingName).where('value', '=', row.value).executeTakeFirst();
  return deleted.numDeletedRows === 1n;
}

/** Once the owner exists no token is needed: one left behind is removed. */
export async function dropSetupToken(database: ServerDatabase): Promise<void> {
  await database.kysely.deleteFrom('settings').where('name', '=', settingName).execute();
}
