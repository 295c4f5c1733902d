// @vitest-environment node
// Sessions: the cookie's attributes, a new id at sign-in, sign-out and a password change ending
// sessions on the server, the idle (12 h) and absolute (7 days) limits.
import { expect, it } from 'vitest';
import { apiErrorSchema, sessionSchema } from '../../src/features/connections/schema';
import { describeEachDatabase } from '../testing/databases';
import { cookieOf, testOwner } from '../testing/owner';
import { startSignInServer, testClock, type SignInServer } from '../testing/signInServer';
import { SESSION_ABSOLUTE_MS, SESSION_IDLE_MS } from './sessionStore';

const hour = 60 * 60_000;
const whoIs = (server: SignInServer, cookie: string) => server.send('GET', '/api/session', { cookie });
const sessionRows = (server: SignInServer) => server.running.storage.database.kysely.selectFrom('sessions').select('id_hash').execute();

describeEachDatabase('sessions', (database) => {
  it('sets an HttpOnly, SameSite=Lax, Path=/ cookie without Secure under http, holding a 256-bit id stored only hashed', async () => {
    const server = await startSignInServer(database(), testClock().now);
    try {
      const response = await server.send('POST', '/api/session', { body: testOwner });
      const header = response.headers.getSetCookie().find((cookie) => cookie.startsWith('bc_wizard_session=')) ?? '';
      expect(header).toMatch(/^bc_wizard_session=[A-Za-z0-9_-]{43}; /);
      expect(header).toMatch(/; HttpOnly/);
      expect(header).toMatch(/; SameSite=Lax/);
      expect(header).toMatch(/; Path=\//);
      expect(header).not.toMatch(/Secure/i);
      expect(sessionSchema.parse(await response.json())).toMatchObject({ email: testOwner.email });
      const id = header.split(';')[0]?.split('=')[1] ?? '';
      const rows = await sessionRows(server);
      expect(rows).toHaveLength(1);
      expect(rows[0]?.id_hash).toMatch(/^[0-9a-f]{64}$/);
      expect(JSON.stringify(rows)).not.toContain(id);
    } finally {
      await server.close();
    }
  });

  it('names it __Host-bc_wizard_session with Secure when PUBLIC_URL is https', async () => {
    const server = await startSignInServer(database(), testClock().now, { env: { PUBLIC_URL: 'https://wizard.example.com' } });
    try {
      expect(server.origin).toBe('https://wizard.example.com');
      const response = await server.send('POST', '/api/session', { body: testOwner });
      const header = response.headers.getSetCookie().join('\n');
      expect(header).toMatch(/^__Host-bc_wizard_session=[A-Za-z0-9_-]{43}; /);
      expect(header).toMatch(/; Secure/);
      expect(header).toMatch(/; HttpOnly/);
      expect(header).toMatch(/; SameSite=Lax/);
      expect(header).toMatch(/; Path=\//);
      expect(header).not.toMatch(/Domain=/i);
      const cookie = cookieOf(response);
      expect((await whoIs(server, cookie)).status).toBe(200);
      // The plain name means nothing on an https server.
      expect((await whoIs(server, cookie.replace('__Host-', ''))).status).toBe(401);
    } finally {
      await server.close();
    }
  });

  it('gives a new id at each sign-in: the id the browser had before does not survive', async () => {
    const server = await startSignInServer(database(), testClock().now);
    try {
      const first = await server.signIn();
      const again = await server.send('POST', '/api/session', { body: testOwner, cookie: first });
      const second = cookieOf(again);
      expect(second).not.toBe(first);
      expect((await whoIs(server, first)).status).toBe(401);
      expect((await whoIs(server, second)).status).toBe(200);
      expect(await sessionRows(server)).toHaveLength(1);
    } finally {
      await server.close();
    }
  });

  it('signs out on the server: the old cookie no longer works anywhere, and the cookie is cleared', async () => {
    const server = await startSignInServer(database(), testClock().now);
    try {
      const cookie = await server.signIn();
      const other = await server.signIn();
      const out = await server.send('DELETE', '/api/session', { cookie });
      expect(out.status).toBe(204);
      expect(out.headers.getSetCookie().join('\n')).toMatch(/^bc_wizard_session=; Max-Age=0;/);
      const after = await server.send('GET', '/api/connections', { cookie });
      expect([after.status, apiErrorSchema.parse(await after.json()).error.code]).toEqual([401, 'unauthorized']);
      expect((await whoIs(server, other)).status).toBe(200);
      expect(await sessionRows(server)).toHaveLength(1);
    } finally {
      await server.close();
    }
  });

  it('ends a session after 12 hours without a request, and keeps one that is used', async () => {
    const clock = testClock();
    const server = await startSignInServer(database(), clock.now);
    try {
      const idle = await server.signIn();
      const used = await server.signIn();
      const signedIn = sessionSchema.parse(await (await whoIs(server, used)).json());
      expect(Date.parse(signedIn.expiresAt) - Date.parse(signedIn.signedInAt)).toBe(SESSION_IDLE_MS);
      clock.advance(SESSION_IDLE_MS - 60_000);
      expect((await whoIs(server, used)).status).toBe(200);
      clock.advance(60_000);
      expect((await whoIs(server, idle)).status).toBe(401);
      expect((await whoIs(server, used)).status).toBe(200);
    } finally {
      await server.close();
    }
  });

  it('ends any session 7 days after sign-in, however busy', async () => {
    const clock = testClock();
    const server = await startSignInServer(database(), clock.now);
    try {
      const cookie = await server.signIn();
      for (let elapsed = 0; elapsed + 11 * hour < SESSION_ABSOLUTE_MS; elapsed += 11 * hour) {
        clock.advance(11 * hour);
        expect((await whoIs(server, cookie)).status).toBe(200);
      }
      const late = sessionSchema.parse(await (await whoIs(server, cookie)).json());
      expect(late.expiresAt).toBe(new Date(testClock().now() + SESSION_ABSOLUTE_MS).toISOString());
      clock.advance(Date.parse(late.expiresAt) - clock.now());
      expect((await whoIs(server, cookie)).status).toBe(401);
    } finally {
      await server.close();
    }
  });

  it('a password change ends every other session and renews this one; the new password signs in, the old does not', async () => {
    const server = await startSignInServer(database(), testClock().now);
    try {
      const mine = await server.signIn();
      const other = await server.signIn();
      const newPassword = 'another long passphrase 9';
      const wrong = await server.send('PUT', '/api/session/password', { cookie: mine, body: { currentPassword: 'not my password', newPassword } });
      expect(wrong.status).toBe(401);
      expect(apiErrorSchema.parse(await wrong.json()).error.fields.map((field) => field.path)).toEqual(['currentPassword']);
      const common = await server.send('PUT', '/api/session/password', { cookie: mine, body: { currentPassword: testOwner.password, newPassword: 'iloveyou1234' } });
      expect([common.status, apiErrorSchema.parse(await common.json()).error.fields.map((field) => field.path)]).toEqual([422, ['newPassword']]);

      const changed = await server.send('PUT', '/api/session/password', { cookie: mine, body: { currentPassword: testOwner.password, newPassword } });
      expect(changed.status).toBe(200);
      const renewed = cookieOf(changed);
      expect(renewed).not.toBe(mine);
      expect((await whoIs(server, other)).status).toBe(401);
      expect((await whoIs(server, mine)).status).toBe(401);
      expect((await whoIs(server, renewed)).status).toBe(200);
      expect((await server.send('POST', '/api/session', { body: testOwner })).status).toBe(401);
      expect(await server.signIn(newPassword)).toMatch(/^bc_wizard_session=/);
    } finally {
      await server.close();
    }
  });
});
