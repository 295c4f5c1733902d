// @vitest-environment node
// RATE_LIMIT_PER_MINUTE and TRUST_PROXY on a running server: the per-address limit and the
// sign-in throttle count the client behind the proxy, and a client cannot dodge them by writing
// X-Forwarded-For itself.
import { afterEach, describe, expect, it } from 'vitest';
import { apiErrorSchema } from '../../src/features/connections/schema';
import { createTestDatabase } from '../testing/databases';
import type { DisposableTestDatabase } from '../testing/handles';
import { startSignInServer, testClock, type SignInServer } from '../testing/signInServer';

const opened: { server: SignInServer; database: DisposableTestDatabase }[] = [];
afterEach(async () => {
  for (const { server, database } of opened.splice(0)) {
    await server.close();
    await database.dispose();
  }
});

async function serverWith(env: Record<string, string>): Promise<SignInServer> {
  const database = await createTestDatabase('sqlite');
  const server = await startSignInServer(database, testClock().now, { env });
  opened.push({ server, database });
  return server;
}

const from = (server: SignInServer, forwardedFor: string) => server.send('GET', '/api/session', { headers: { 'X-Forwarded-For': forwardedFor } });
// A new email each time: only the address's bucket fills, never an email's.
let attempts = 0;
const failedSignIn = (server: SignInServer, forwardedFor: string) =>
  server.send('POST', '/api/session', { body: { email: `nobody${(attempts += 1)}@example.com`, password: 'not the password' }, headers: { 'X-Forwarded-For': forwardedFor } });

async function statuses(requests: (() => Promise<Response>)[]): Promise<number[]> {
  const answers: number[] = [];
  for (const request of requests) answers.push((await request()).status);
  return answers;
}

describe('the per-address limit (RATE_LIMIT_PER_MINUTE)', () => {
  it('answers the 6th request in a minute with 429, Retry-After and the contract’s error shape when it is 5', async () => {
    const server = await serverWith({ RATE_LIMIT_PER_MINUTE: '5' });
    expect(await statuses(Array.from({ length: 5 }, () => () => server.send('GET', '/api/session')))).toEqual([401, 401, 401, 401, 401]);
    const refused = await server.send('GET', '/api/session');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('Retry-After'))).toBeGreaterThan(0);
    expect(apiErrorSchema.parse(await refused.json()).error).toMatchObject({ status: 429, code: 'rate_limited' });
  });

  it('without TRUST_PROXY, counts the connection: a client writing X-Forwarded-For cannot dodge it', async () => {
    const server = await serverWith({ RATE_LIMIT_PER_MINUTE: '5' });
    const answers = await statuses(Array.from({ length: 6 }, (_, index) => () => from(server, `203.0.113.${index + 1}`)));
    expect(answers).toEqual([401, 401, 401, 401, 401, 429]);
  });

  it('with TRUST_PROXY=1, gives each address the proxy reports a bucket of its own', async () => {
    const server = await serverWith({ RATE_LIMIT_PER_MINUTE: '5', TRUST_PROXY: '1' });
    const first = await statuses(Array.from({ length: 6 }, () => () => from(server, '203.0.113.1')));
    expect(first).toEqual([401, 401, 401, 401, 401, 429]);
    // The client's own entry left of the proxy's counts for nothing.
    expect((await from(server, '198.51.100.9, 203.0.113.1')).status).toBe(429);
    expect((await from(server, '203.0.113.2')).status).toBe(401);
  });
});

describe('the sign-in throttle behind a proxy', () => {
  it('with TRUST_PROXY=1, pauses only the address that failed 5 times', async () => {
    const server = await serverWith({ TRUST_PROXY: '1' });
    expect(await statuses(Array.from({ length: 6 }, () => () => failedSignIn(server, '203.0.113.1')))).toEqual([401, 401, 401, 401, 401, 429]);
    expect((await failedSignIn(server, '203.0.113.2')).status).toBe(401);
  });

  it('without TRUST_PROXY, pauses the connection whatever X-Forwarded-For says', async () => {
    const server = await serverWith({});
    const answers = await statuses(Array.from({ length: 6 }, (_, index) => () => failedSignIn(server, `203.0.113.${index + 1}`)));
    expect(answers).toEqual([401, 401, 401, 401, 401, 429]);
  });
});
