import type { Kysely } from 'kysely';
import type { Tables } from '../db/tables';

const name = 'encryption_key_fingerprint';

/** The fingerprint of the key the stored secrets are encrypted with; undefined on a new database. */
export async function storedFingerprint(db: Kysely<Tables>): Promise<string | undefined> {
  const row = await db.selectFrom('settings').select('value').where('name', '=', name).executeTakeFirst();
  return row?.value;
}

/** Stores `fingerprint` unless one is stored already (another server won); returns the stored one. */
export async function storeFirstFingerprint(db: Kysely<Tables>, fingerprint: string): Promise<string> {
  await db
    .insertInto('settings')
    .values({ name, value: fingerprint })
    .onConflict((conflict) => conflict.column('name').doNothing())
    .execute();
  return (await storedFingerprint(db)) ?? fingerprint;
}

/** Within a rotation's transaction; throws unless `from` was the stored fingerprint. */
export async function replaceFingerprint(db: Kysely<Tables>, from: string, to: string): Promise<void> {
  const result = await db.updateTable('settings').set({ value: to }).where('name', '=', name).where('value', '=', from).executeTakeFirst();
  if (result.numUpdatedRows !== 1n) throw new Error('The stored key fingerprint is not the one of the old key; nothing was re-encrypted.');
}
