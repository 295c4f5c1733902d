// @vitest-environment node
// The owner account: the setup link printed at a start without one (works once, for an hour,
// until the next start), OWNER_EMAIL / OWNER_PASSWORD, and two setups racing.
import { expect, it } from 'vitest';
import { apiErrorSchema, sessionMessages, sessionSchema } from '../../src/features/connections/schema';
import { describeEachDatabase } from '../testing/databases';
import { cookieOf, testOwner } from '../testing/owner';
import { startSignInServer, testClock, type SignInServer } from '../testing/signInServer';
import { SETUP_TOKEN_LIFETIME_MS } from './setupToken';

const owner = { email: 'Owner@Example.com', password: 'a long and unusual passphrase 42' };
const tokenOf = (server: SignInServer) => new URL(server.running.setupUrl ?? '').searchParams.get('token') ?? '';
const setUp = (server: SignInServer, token: string, body: Partial<typeof owner> = {}) => server.send('POST', '/api/setup', { body: { token, ...owner, ...body } });
const ownerRows = (server: SignInServer) => server.running.storage.database.kysely.selectFrom('owner').select('email').execute();

async function errorOf(response: Response) {
  return apiErrorSchema.parse(await response.json()).error;
}

describeEachDatabase('setting up the owner account', (database) => {
  it('prints a link whose token works once: 201, signed in; then 409 already_set_up', async () => {
    const server = await startSignInServer(database(), testClock().now, { withOwner: false });
    try {
      expect(server.running.setupUrl).toMatch(new RegExp(`^${server.origin}/setup\\?token=[A-Za-z0-9_-]{43}$`));
      const token = tokenOf(server);
      const created = await setUp(server, token);
      expect(created.status).toBe(201);
      expect(sessionSchema.parse(await created.json()).email).toBe('owner@example.com');
      const cookie = cookieOf(created);
      expect((await server.send('GET', '/api/connections', { cookie })).status).toBe(200);

      const again = await setUp(server, token, { email: 'thief@example.com' });
      expect([again.status, (await errorOf(again)).code]).toEqual([409, 'already_set_up']);
      expect(await ownerRows(server)).toEqual([{ email: 'owner@example.com' }]);
      // The link is spent: the row is gone from the database.
      expect(await server.running.storage.database.kysely.selectFrom('settings').select('name').where('name', '=', 'setup_token').execute()).toEqual([]);
      const signIn = await server.send('POST', '/api/session', { body: owner });
      expect(signIn.status).toBe(200);
    } finally {
      await server.close();
    }
  });

  it('refuses a wrong, missing or expired token with 403 (or 422), creating nothing and saying nothing of the password', async () => {
    const clock = testClock();
    const server = await startSignInServer(database(), clock.now, { withOwner: false });
    try {
      const token = tokenOf(server);
      for (const wrong of [`${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`, 'x', token.toUpperCase()]) {
        const response = await setUp(server, wrong, { password: 'password1234' });
        expect([response.status, (await errorOf(response)).code], wrong).toEqual([403, 'forbidden']);
      }
      const missing = await setUp(server, '');
      expect((await errorOf(missing)).fields).toEqual([{ path: 'token', message: sessionMessages.tokenRequired }]);
      clock.advance(SETUP_TOKEN_LIFETIME_MS);
      const late = await setUp(server, token);
      expect([late.status, (await errorOf(late)).code]).toEqual([403, 'forbidden']);
      expect(await ownerRows(server)).toEqual([]);
    } finally {
      await server.close();
    }
  });

  it('with the token, refuses a common password or one containing the email (422 on password)', async () => {
    const server = await startSignInServer(database(), testClock().now, { withOwner: false });
    try {
      const token = tokenOf(server);
      for (const [password, message] of [
        ['password1234', sessionMessages.newPasswordCommon],
        ['Qwertyuiop123!', sessionMessages.newPasswordCommon],
        ['owner-is-my-password', sessionMessages.newPasswordHasEmail],
        ['short', sessionMessages.newPasswordTooShort(5)],
      ] as const) {
        const response = await setUp(server, token, { password });
        expect(response.status, password).toBe(422);
        expect((await errorOf(response)).fields, password).toEqual([{ path: 'password', message }]);
      }
      expect(await ownerRows(server)).toEqual([]);
      expect((await setUp(server, token)).status).toBe(201);
    } finally {
      await server.close();
    }
  });

  it('a restart before setup prints a new token, and the old one stops working', async () => {
    const clock = testClock();
    const first = await startSignInServer(database(), clock.now, { withOwner: false });
    const oldToken = tokenOf(first);
    await first.close();
    const second = await startSignInServer(database(), clock.now, { withOwner: false });
    try {
      const newToken = tokenOf(second);
      expect(newToken).not.toBe(oldToken);
      expect((await setUp(second, oldToken)).status).toBe(403);
      expect((await setUp(second, newToken)).status).toBe(201);
    } finally {
      await second.close();
    }
    // Once the owner exists a start prints no link at all.
    const third = await startSignInServer(database(), clock.now, { withOwner: false });
    expect(third.running.setupUrl).toBeUndefined();
    await third.close();
  });

  it('two setups racing with the token create one owner: one 201, the other 403 or 409', async () => {
    const server = await startSignInServer(database(), testClock().now, { withOwner: false });
    try {
      const token = tokenOf(server);
      const answers = await Promise.all([setUp(server, token), setUp(server, token, { email: 'second@example.com' }), setUp(server, token, { email: 'third@example.com' })]);
      const statuses = answers.map((answer) => answer.status).sort();
      expect(statuses[0]).toBe(201);
      expect(statuses.slice(1).every((status) => status === 403 || status === 409), String(statuses)).toBe(true);
      expect(await ownerRows(server)).toHaveLength(1);
    } finally {
      await server.close();
    }
  });

  it('OWNER_EMAIL and OWNER_PASSWORD create the owner at start, print no link, and are ignored once it exists', async () => {
    const clock = testClock();
    const first = await startSignInServer(database(), clock.now);
    expect(first.running.setupUrl).toBeUndefined();
    expect(await first.signIn()).toMatch(/^bc_wizard_session=/);
    await first.close();
    const changed = { OWNER_EMAIL: 'other@example.com', OWNER_PASSWORD: 'a different passphrase 77' };
    const second = await startSignInServer(database(), clock.now, { env: changed });
    try {
      expect(await ownerRows(second)).toEqual([{ email: testOwner.email }]);
      expect(await second.signIn()).toMatch(/^bc_wizard_session=/);
      expect((await second.send('POST', '/api/session', { body: { email: changed.OWNER_EMAIL, password: changed.OWNER_PASSWORD } })).status).toBe(401);
      const logs = [...second.log.lines, ...first.log.lines].join('\n');
      expect(logs).toContain('OWNER_EMAIL and OWNER_PASSWORD are ignored');
      for (const secret of [testOwner.password, changed.OWNER_PASSWORD]) expect(logs).not.toContain(secret);
    } finally {
      await second.close();
    }
  });
});
