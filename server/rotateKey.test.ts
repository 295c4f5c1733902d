// @vitest-environment node
import { existsSync, readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { createSecretCipher } from './keys/cipher';
import { EncryptionKey } from './keys/encryptionKey';
import { keyFiles, readKeyFile, writeKeyFile } from './keys/keyFiles';
import { rotateKey } from './keys/rotation';
import { openServerStorage, type ServerStorage } from './openStorage';
import { runRotateKey } from './rotateKey';
import { describeEachDatabase } from './testing/databases';
import { decryptSeeded, seedSecrets, type SeededSecret } from './testing/secrets';
import { recordingLog, testConfig } from './testing/server';
import { everyConnection } from './testing/records';

describeEachDatabase('key rotation', (database) => {
  const files = () => keyFiles(database().dataDir);
  const start = (env: Record<string, string> = {}, log = recordingLog()) => openServerStorage(testConfig(database(), env), log);
  const seed = async (env: Record<string, string> = {}) => {
    const storage = await start(env);
    const seeded = await seedSecrets(storage.ports);
    await storage.close();
    return { oldKey: storage.key, seeded };
  };
  /** What every seeded secret decrypts to with the server's key, and with `oldKey`. */
  const decryptions = async (storage: ServerStorage, seeded: readonly SeededSecret[], oldKey: EncryptionKey) => {
    const withOldKey = await decryptSeeded({ ...storage.ports, cipher: createSecretCipher(oldKey) }, seeded);
    const withKey = await decryptSeeded(storage.ports, seeded);
    await storage.close();
    return { withKey, withOldKey };
  };
  const plaintexts = (seeded: readonly SeededSecret[]) => seeded.map((secret) => secret.plaintext);

  it('re-encrypts every secret and replaces the key file; the server starts with the new key', async () => {
    const { oldKey, seeded } = await seed();
    const log = recordingLog();
    await runRotateKey(testConfig(database()), log);

    const storage = await start();
    expect(storage.key.id).not.toBe(oldKey.id);
    const { withKey, withOldKey } = await decryptions(storage, seeded, oldKey);
    expect(withKey).toEqual(plaintexts(seeded));
    expect(withOldKey.every((result) => result instanceof Error)).toBe(true);
    expect(existsSync(files().next)).toBe(false);
    expect(log.lines.join('\n')).toContain(`Re-encrypted 4 secrets with a new key (key ${storage.key.id}, was ${oldKey.id}). It replaced the old key in ${files().current}`);
    expect(log.lines.join('\n')).not.toContain(readFileSync(files().current, 'utf8').trim());
  });

  it('with CONNECTIONS_ENCRYPTION_KEY, leaves the new key in encryption.key.new and refuses the old one from then on', async () => {
    const oldEnv = { CONNECTIONS_ENCRYPTION_KEY: EncryptionKey.generate().toBase64() };
    const { oldKey, seeded } = await seed(oldEnv);
    const log = recordingLog();
    await runRotateKey(testConfig(database(), oldEnv), log);
    expect(log.lines.join('\n')).toContain(`The new key is in ${files().next}: put its contents into CONNECTIONS_ENCRYPTION_KEY`);

    await expect(start(oldEnv)).rejects.toThrow(`re-encrypted the connections with the new key in ${files().next}`);
    const newKey = readKeyFile(files().next);
    const startLog = recordingLog();
    const storage = await start({ CONNECTIONS_ENCRYPTION_KEY: newKey?.toBase64() ?? '' }, startLog);
    expect(startLog.lines.join('\n')).toContain(`${files().next} holds the same key as CONNECTIONS_ENCRYPTION_KEY; delete that file`);
    expect((await decryptions(storage, seeded, oldKey)).withKey).toEqual(plaintexts(seeded));
  });

  it('interrupted in its transaction, changes nothing; a new key left behind is removed at the next start', async () => {
    const { oldKey, seeded } = await seed();
    // A secret that does not decrypt (copied from another record) makes the rotation fail after
    // re-encrypting the connections, which are walked first.
    const storage = await start();
    const [victim] = await storage.ports.oauthClients.list();
    const copied = await everyConnection(storage.ports.connections).then((all) => all.find((record) => record.authType === 'basic'));
    if (!victim || copied?.authType !== 'basic') throw new Error('seedSecrets stores a client and a basic connection');
    await storage.ports.oauthClients.replace(victim.id, (client) => ({ ...client, clientSecret: copied.password }));
    await storage.close();

    await expect(runRotateKey(testConfig(database()), recordingLog())).rejects.toThrow();
    expect(existsSync(files().next)).toBe(false);
    // As a crash would leave it: the new key written, the transaction never committed.
    writeKeyFile(files().next, EncryptionKey.generate(), { replace: true });

    const log = recordingLog();
    const restarted = await start({}, log);
    expect(restarted.key.id).toBe(oldKey.id);
    expect(existsSync(files().next)).toBe(false);
    expect(log.lines.join('\n')).toContain(`Removed ${files().next}, left by a key rotation that did not complete`);
    const { withKey } = await decryptions(restarted, seeded, oldKey);
    expect(withKey.filter((result) => typeof result === 'string')).toEqual(plaintexts(seeded).filter((_, index) => seeded[index]?.binding.field !== 'clientSecret'));
  });

  it('interrupted after its transaction, before the key file moved: the next start finishes the move', async () => {
    const { oldKey, seeded } = await seed();
    const newKey = EncryptionKey.generate();
    // runRotateKey's steps up to the crash: open, the new key on disk, the committed transaction.
    const storage = await start();
    writeKeyFile(files().next, newKey, { replace: true });
    await rotateKey(storage.database, storage.key, newKey);
    await storage.close();

    const log = recordingLog();
    const restarted = await start({}, log);
    expect(restarted.key.id).toBe(newKey.id);
    expect(readKeyFile(files().current)?.id).toBe(newKey.id);
    expect(existsSync(files().next)).toBe(false);
    expect(log.lines.join('\n')).toContain(`Finished an interrupted key rotation: moved ${files().next} to ${files().current}`);
    expect((await decryptions(restarted, seeded, oldKey)).withKey).toEqual(plaintexts(seeded));
  });
});
