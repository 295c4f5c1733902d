// Deleting what stands behind a token, as a merchant does in the control panel: a store-level API
// account deleted (its token answers 401 from then on; FACTS §7), or an app's token revoked. A
// deleted store-level account can be restored, for tests that need it back; an app's token cannot
// (the app is installed again instead, and gets a new one).
import { bigcommerceApiAccounts } from '../fixtures/bigcommerce';
import { now } from './clock';
import { openSimulatorDb, simulatorDbChanged, tokenDigest } from './db';

const apiAccountOf = (token: string) => bigcommerceApiAccounts.find((account) => account.accessToken === token);

/** True when the store-level account with this token has been deleted. */
export async function isRevokedAccount(token: string): Promise<boolean> {
  const db = await openSimulatorDb();
  return (await db.get('revokedAccounts', await tokenDigest(token))) !== undefined;
}

/** Deletes the account or app token behind `token`; false when no account or live app token has it. */
export async function revokeAccessToken(token: string): Promise<boolean> {
  const db = await openSimulatorDb();
  const tokenHash = await tokenDigest(token);
  if (apiAccountOf(token)) {
    if (!(await db.get('revokedAccounts', tokenHash))) await db.put('revokedAccounts', { tokenHash, revokedAt: now() });
  } else {
    const tx = db.transaction('tokens', 'readwrite');
    const found = (await tx.store.get(tokenHash)) !== undefined;
    if (found) await tx.store.delete(tokenHash);
    await tx.done;
    if (!found) return false;
  }
  simulatorDbChanged();
  return true;
}

/** Brings a deleted store-level account back (a no-op for one never deleted); false when no store-level account has this token. */
export async function restoreApiAccount(token: string): Promise<boolean> {
  if (!apiAccountOf(token)) return false;
  const db = await openSimulatorDb();
  await db.delete('revokedAccounts', await tokenDigest(token));
  simulatorDbChanged();
  return true;
}
