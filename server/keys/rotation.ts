import type { ServerDatabase } from '../db/openDatabase';
import { forUpdate } from '../storage/rows';
import { createSecretCipher } from './cipher';
import type { EncryptionKey } from './encryptionKey';
import { mapSecrets } from './secretFields';
import { replaceFingerprint } from './storedFingerprint';

// Each table that holds records with secrets, and how its ciphertexts name their record.
const recordTables = [
  { table: 'connections', record: 'connection' },
  { table: 'oauth_clients', record: 'oauthClient' },
] as const;

/**
 * Re-encrypts every stored secret from `oldKey` to `newKey` and stores the new key's fingerprint,
 * all in one transaction: interrupted, it leaves everything as it was. Returns how many secrets.
 */
export async function rotateKey(database: ServerDatabase, oldKey: EncryptionKey, newKey: EncryptionKey): Promise<number> {
  const from = createSecretCipher(oldKey);
  const to = createSecretCipher(newKey);
  return database.kysely.transaction().execute(async (trx) => {
    await replaceFingerprint(trx, oldKey.fingerprint, newKey.fingerprint);
    let count = 0;
    for (const { table, record } of recordTables) {
      const rows = await forUpdate(database, trx.selectFrom(table).select(['id', 'data'])).execute();
      for (const row of rows) {
        const reencrypted = await mapSecrets(JSON.parse(row.data), async (secret, field) => {
          count += 1;
          const binding = { record: `${record}:${row.id}`, field };
          return { ...secret, ...(await to.encrypt(await from.decrypt(secret, binding), binding)) };
        });
        await trx.updateTable(table).set({ data: JSON.stringify(reencrypted) }).where('id', '=', row.id).execute();
      }
    }
    return count;
  });
}
