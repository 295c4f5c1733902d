// @vitest-environment node
import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { openServerStorage } from '../openStorage';
import { StartupError } from '../startupError';
import { describeEachDatabase } from '../testing/databases';
import { recordingLog, testConfig } from '../testing/server';
import { EncryptionKey } from './encryptionKey';

describeEachDatabase('key custody at start', (database) => {
  const keyFile = () => path.join(database().dataDir, 'encryption.key');
  const start = async (env: Record<string, string> = {}, log = recordingLog()) => {
    const storage = await openServerStorage(testConfig(database(), env), log);
    await storage.close();
    return storage;
  };
  const refusal = (env: Record<string, string> = {}) => start(env).then(
    () => expect.fail('the server started'),
    (error: unknown) => {
      expect(error).toBeInstanceOf(StartupError);
      return (error as Error).message;
    },
  );

  it('generates a key file (0600) on first start, names it in the log but never the key, and keeps it', async () => {
    const log = recordingLog();
    const first = await start({}, log);

    expect(first.source).toEqual({ kind: 'file', path: keyFile() });
    expect(statSync(keyFile()).mode & 0o777).toBe(0o600);
    const written = readFileSync(keyFile(), 'utf8').trim();
    expect(EncryptionKey.fromBase64(written)?.id).toBe(first.key.id);
    expect(log.lines.join('\n')).toContain(keyFile());
    expect(log.lines.join('\n')).not.toContain(written);
    expect((await start()).key.id).toBe(first.key.id);
  });

  it('uses CONNECTIONS_ENCRYPTION_KEY when set, and refuses another key for the same data', async () => {
    const key = EncryptionKey.generate();
    const started = await start({ CONNECTIONS_ENCRYPTION_KEY: key.toBase64() });
    expect(started.source).toEqual({ kind: 'environment' });
    expect(started.key.id).toBe(key.id);

    const other = EncryptionKey.generate();
    const message = await refusal({ CONNECTIONS_ENCRYPTION_KEY: other.toBase64() });
    expect(message).toContain('CONNECTIONS_ENCRYPTION_KEY does not match the key these connections were encrypted with');
    expect(message).toContain(key.id);
    expect(message).not.toContain(other.toBase64());
    expect(message).not.toContain(key.toBase64());
  });

  it('refuses a key file that does not match the data, and one that went missing', async () => {
    await start();
    writeFileSync(keyFile(), `${EncryptionKey.generate().toBase64()}\n`, { mode: 0o600 });
    expect(await refusal()).toContain(`The key in ${keyFile()} does not match`);

    rmSync(keyFile());
    expect(await refusal()).toContain(`${keyFile()} is missing, but the database holds secrets encrypted with key`);
  });

  it('points at the key file when it matches the data and the environment does not', async () => {
    await start();
    const message = await refusal({ CONNECTIONS_ENCRYPTION_KEY: EncryptionKey.generate().toBase64() });
    expect(message).toContain(`The key in ${keyFile()} matches the data: unset CONNECTIONS_ENCRYPTION_KEY`);
  });
});
