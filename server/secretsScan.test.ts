// @vitest-environment node
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { keyFiles } from './keys/keyFiles';
import { openServerStorage } from './openStorage';
import { runRotateKey } from './rotateKey';
import { describeEachDatabase } from './testing/databases';
import { seedSecrets, storedSecret } from './testing/secrets';
import { recordingLog, testConfig } from './testing/server';
import { cookieOf } from './testing/owner';
import { startSignInServer, testClock } from './testing/signInServer';
import { everyConnection } from './testing/records';

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
    const [connection] = await everyConnection(reopened.ports.connections);
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

  it('sign-in leaves no password, session id or setup token in the database (sessions, activity, throttle) or the logs', async () => {
    const server = await startSignInServer(database(), testClock().now, { withOwner: false });
    const token = new URL(server.running.setupUrl ?? '').searchParams.get('token') ?? '';
    const email = 'admin@example.com';
    const [first, second] = ['first passphrase of the keeper 1', 'second passphrase of the keeper 2'];
    const setUp = await server.send('POST', '/api/setup', { body: { token, email, password: first } });
    expect(setUp.status).toBe(201);
    const cookies = [cookieOf(setUp)];
    // A password typed into the email field, and a wrong one: neither may be kept.
    const typedInEmail = 'pa55wordinemailfield@example.com';
    expect((await server.send('POST', '/api/session', { body: { email: typedInEmail, password: first } })).status).toBe(401);
    expect((await server.send('POST', '/api/session', { body: { email, password: 'wrong guess of a password' } })).status).toBe(401);
    cookies.push(cookieOf(await server.send('POST', '/api/session', { body: { email, password: first } })));
    const changed = await server.send('PUT', '/api/session/password', { cookie: cookies[1], body: { currentPassword: first, newPassword: second } });
    expect(changed.status).toBe(200);
    cookies.push(cookieOf(changed));
    const live = cookies[2] ?? '';
    expect((await server.send('GET', '/api/connections', { cookie: live })).status).toBe(200);
    const [sessionRow] = await server.running.storage.database.kysely.selectFrom('sessions').select('id_hash').execute();
    await server.close();
    const raw = await database().rawContents();
    const logs = server.log.lines.join('\n');

    // The scan reads the tables it is about: the session's hash and the activity are there.
    expect(raw).toContain(sessionRow?.id_hash);
    expect(raw).toContain('session.sign_in_failed');
    const secrets = [first, second, 'wrong guess of a password', token, typedInEmail, ...cookies.map((cookie) => cookie.split('=')[1] ?? '')];
    for (const secret of secrets) {
      expect(secret.length).toBeGreaterThan(8);
      expect(raw, secret).not.toContain(secret);
      expect(logs, secret).not.toContain(secret);
    }
  });
});
