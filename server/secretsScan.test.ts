// @vitest-environment node
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { keyFiles } from './keys/keyFiles';
import { openServerStorage } from './openStorage';
import { runRotateKey } from './rotateKey';
import { describeEachDatabase } from './testing/databases';
import { seedSecrets, storedSecret } from './testing/secrets';
import { recordingLog, testConfig } from './testing/server';

describeEachDatabase('secrets at rest', (database) => {
  it('are in clear neither in the database file or dump nor in the logs, and neither is the key', async () => {
    const log = recordingLog();
    const config = testConfig(database());
    const keyFile = keyFiles(config.dataDir).current;
    const storage = await openServerStorage(config, log);
    const seeded = await seedSecrets(storage.ports);
    const oldKey = readFileSync(keyFile, 'utf8').trim();
    await storage.close();
    await runRotateKey(config, log);
    const newKey = readFileSync(keyFile, 'utf8').trim();

    const reopened = await openServerStorage(config, log);
    const [connection] = await reopened.ports.connections.list();
    const ciphertext = (await storedSecret(reopened.ports, seeded[0] ?? expect.fail('seeded'))).ciphertext;
    await reopened.close();
    const raw = await database().rawContents();
    const logs = log.lines.join('\n');

    // The scan reads the real data: records and ciphertexts are there.
    expect(raw).toContain(connection?.name);
    expect(raw).toContain(ciphertext);
    for (const { plaintext } of seeded) {
      expect(raw).not.toContain(plaintext);
      expect(logs).not.toContain(plaintext);
    }
    for (const key of [oldKey, newKey]) {
      expect(raw).not.toContain(key);
      expect(logs).not.toContain(key);
    }
  });
});
