import type { ServerConfig } from './config';
import { EncryptionKey } from './keys/encryptionKey';
import { keyFiles, moveKeyFile, removeKeyFile, writeKeyFile } from './keys/keyFiles';
import { rotateKey } from './keys/rotation';
import type { Log } from './log';
import { openServerStorage } from './openStorage';

/**
 * `serve rotate-key`: re-encrypts every secret with a new key. It refuses while a server runs (one
 * still running keeps the old key and would write secrets that no longer decrypt): processLease.ts. Each step leaves a
 * state the next start recovers from (keys/custody.ts): the new key is on disk before the data
 * needs it, and the old key file is replaced only after the transaction committed.
 */
export async function runRotateKey(config: ServerConfig, log: Log): Promise<void> {
  const storage = await openServerStorage(config, log, { lease: 'rotation' });
  try {
    const files = keyFiles(config.dataDir);
    const newKey = EncryptionKey.generate();
    writeKeyFile(files.next, newKey, { replace: true });
    let count: number;
    try {
      count = await rotateKey(storage.database, storage.key, newKey);
    } catch (error) {
      removeKeyFile(files.next);
      throw error;
    }
    const done = `Re-encrypted ${count} secrets with a new key (key ${newKey.id}, was ${storage.key.id}).`;
    if (storage.source.kind === 'file') {
      moveKeyFile(files.next, files.current);
      log.info(`${done} It replaced the old key in ${files.current}: back that file up again.`);
    } else {
      log.info(
        `${done} The new key is in ${files.next}: put its contents into CONNECTIONS_ENCRYPTION_KEY, then delete that file. ` +
          'Until then the server refuses to start: the old key no longer matches the data.',
      );
    }
  } finally {
    await storage.close();
  }
}
