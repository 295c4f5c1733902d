// @vitest-environment node
// The login throttle (5 failures per email or per address in 15 minutes, then 429 with
// Retry-After) and the per-session limit on testing typed credentials (30 a minute).
import { expect, it } from 'vitest';
import { apiErrorSchema } from '../../src/features/connections/schema';
import { describeEachDatabase } from '../testing/databases';
import { testOwner } from '../testing/owner';
import { startSignInServer, testClock, type SignInServer } from '../testing/signInServer';

const minute = 60_000;
const attempt = (server: SignInServer, email: string, password: string) => server.send('POST', '/api/session', { body: { email, password } });

async function answer(response: Response) {
  return { ...apiErrorSchema.parse(await response.json()).error, retryAfter: response.headers.get('Retry-After') };
}

describeEachDatabase('the login throttle', (database) => {
  it('says the same for an unknown email and a wrong password', async () => {
    const server = await startSignInServer(database(), testClock().now);
    try {
      const unknown = await answer(await attempt(server, 'nobody@example.com', testOwner.password));
      const wrong = await answer(await attempt(server, testOwner.email, 'not the password'));
      expect(unknown).toEqual({ ...wrong });
      expect(wrong).toMatchObject({ status: 401, code: 'unauthorized', fields: [] });
    } finally {
      await server.close();
    }
  });

  it('answers 429 with Retry-After after 5 failures for the email, even to the right password, until the window has passed', async () => {
    const clock = testClock();
    const server = await startSignInServer(database(), clock.now);
    try {
      for (let failure = 0; failure < 5; failure += 1) {
        expect((await attempt(server, testOwner.email, `wrong ${failure}`)).status).toBe(401);
        clock.advance(minute);
      }
      const refused = await answer(await attempt(server, testOwner.email, testOwner.password));
      // The first failure leaves the window 15 minutes after it happened: 10 minutes from now.
      expect(refused).toMatchObject({ status: 429, code: 'rate_limited', retryAfter: String(10 * 60) });
      expect(refused.message).toContain('10 minutes');
      clock.advance(10 * minute - 1000);
      expect((await attempt(server, testOwner.email, testOwner.password)).status).toBe(429);
      clock.advance(1000);
      expect((await attempt(server, testOwner.email, testOwner.password)).status).toBe(200);
      // The right password clears the email's failures: one more wrong one is a plain 401.
      expect((await attempt(server, testOwner.email, 'wrong again')).status).toBe(401);
    } finally {
      await server.close();
    }
  });

  it('counts failures per address too: 5 with any emails, and the owner is refused from that address', async () => {
    const clock = testClock();
    const server = await startSignInServer(database(), clock.now);
    try {
      for (let failure = 0; failure < 5; failure += 1) expect((await attempt(server, `guess${failure}@example.com`, 'guess')).status).toBe(401);
      const refused = await answer(await attempt(server, testOwner.email, testOwner.password));
      expect(refused).toMatchObject({ status: 429, retryAfter: String(15 * 60) });
      clock.advance(15 * minute);
      expect((await attempt(server, testOwner.email, testOwner.password)).status).toBe(200);
    } finally {
      await server.close();
    }
  });

  it('a wrong current password at a password change counts as a failure', async () => {
    const server = await startSignInServer(database(), testClock().now);
    try {
      const cookie = await server.signIn();
      const change = (currentPassword: string) => server.send('PUT', '/api/session/password', { cookie, body: { currentPassword, newPassword: 'another long passphrase 9' } });
      for (let failure = 0; failure < 5; failure += 1) expect((await change(`wrong ${failure}`)).status).toBe(401);
      expect((await change(testOwner.password)).status).toBe(429);
    } finally {
      await server.close();
    }
  });
});

describeEachDatabase('testing typed credentials', (database) => {
  it('is limited to 30 a minute per session: then 429 with Retry-After; another session is not', async () => {
    const clock = testClock();
    const server = await startSignInServer(database(), clock.now);
    try {
      const cookie = await server.signIn();
      // Bodies the server refuses (422) before calling BigCommerce count as well.
      const test = (session: string) => server.send('POST', '/api/connections/test', { cookie: session, body: { authType: 'token' } });
      for (let count = 0; count < 30; count += 1) {
        expect((await test(cookie)).status).toBe(422);
        clock.advance(1000);
      }
      const refused = await answer(await test(cookie));
      expect(refused).toMatchObject({ status: 429, code: 'rate_limited', retryAfter: '30' });
      expect((await test(await server.signIn())).status).toBe(422);
      clock.advance(30_000);
      expect((await test(cookie)).status).toBe(422);
      // A saved connection's test is not this limit's business.
      expect((await server.send('POST', '/api/connections/nope/test', { cookie })).status).toBe(404);
    } finally {
      await server.close();
    }
  }, 60_000);
});
