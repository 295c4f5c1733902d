// @vitest-environment node
// Two servers on one PostgreSQL, as behind a load balancer: one PUBLIC_URL, one key, one database.
// Uniqueness, idempotency and pending authorizations live in the database, so neither server can
// win a race the other also wins, or miss what the other started.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectionSchema } from '../src/features/connections/schema';
import { demoAppRegistration, startSimulatorServer } from '../mocks/bigcommerce/http';
import { PLUMTREE_STORE_HASH } from '../mocks/fixtures/bigcommerce';
import { loadConfig } from './config';
import { memoryLogger } from './log';
import { seedDemoClients } from './simulate';
import { startServer, type RunningServer } from './start';
import { createTestDatabase, postgresUnavailable } from './testing/databases';
import { freePort } from './testing/freePort';
import { openCallback, pressInstall, startInstall } from './testing/installFlow';
import type { DisposableTestDatabase } from './testing/handles';
import { signIn, testOwner, type SignedInHeaders } from './testing/owner';

describe.skipIf(postgresUnavailable !== undefined)('two servers on one PostgreSQL', () => {
  let database: DisposableTestDatabase;
  let simulator: Awaited<ReturnType<typeof startSimulatorServer>>;
  let first: RunningServer;
  let second: RunningServer;
  let signedIn: SignedInHeaders;

  beforeAll(async () => {
    database = await createTestDatabase('postgres');
    const publicUrl = 'http://127.0.0.1:1';
    simulator = await startSimulatorServer({ apps: [demoAppRegistration(publicUrl)] });
    const env = (port: number) => ({
      PORT: String(port),
      PUBLIC_URL: publicUrl,
      DATA_DIR: database.dataDir,
      DATABASE_URL: database.target.kind === 'postgres' ? database.target.url : '',
      BIGCOMMERCE_API_URL: simulator.url,
      BIGCOMMERCE_LOGIN_URL: simulator.url,
      OWNER_EMAIL: testOwner.email,
      OWNER_PASSWORD: testOwner.password,
    });
    first = await startServer(loadConfig(env(await freePort())), memoryLogger(), { rateLimitPerMinute: 100_000 });
    second = await startServer(loadConfig(env(await freePort())), memoryLogger(), { rateLimitPerMinute: 100_000 });
    await seedDemoClients(first.deps);
    // Signed in on one server: the session lives in the database, so the other knows it too.
    signedIn = await signIn(first.url, publicUrl);
  }, 60_000);

  afterAll(async () => {
    await first?.close();
    await second?.close();
    await simulator?.close();
    await database?.dispose();
  });

  const post = (server: RunningServer, path: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${server.url}/api${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...signedIn, ...headers }, body: JSON.stringify(body) });
  const oauthBody = (name: string) => ({ name, authType: 'oauth2', storeHash: PLUMTREE_STORE_HASH, oauthClientId: 'demo-oauth-client', scopes: ['store_v2_products_read_only'] });
  const names = async (server: RunningServer) =>
    ((await (await fetch(`${server.url}/api/connections`, { headers: signedIn })).json()) as { connections: { name: string }[] }).connections.map((connection) => connection.name);

  it('the same name created on both at once: one 201 and one 409', async () => {
    for (let round = 0; round < 5; round += 1) {
      const name = `Race ${round}`;
      const statuses = (await Promise.all([post(first, '/connections', oauthBody(name)), post(second, '/connections', oauthBody(` ${name.toUpperCase()} `))])).map((response) => response.status);
      expect(statuses.sort()).toEqual([201, 409]);
    }
    expect((await names(first)).filter((name) => /^race \d$/i.test(name))).toHaveLength(5);
  });

  it('a save retried with the same Idempotency-Key on the other server creates one connection', async () => {
    const key = { 'Idempotency-Key': 'retry-on-the-other-server' };
    const created = await post(first, '/connections', oauthBody('Retried'), key);
    const retried = await post(second, '/connections', oauthBody('Retried'), key);
    expect([created.status, retried.status]).toEqual([201, 201]);
    expect(retried.headers.get('Idempotent-Replayed')).toBe('true');
    expect(await retried.json()).toEqual(await created.json());
    expect((await names(second)).filter((name) => name === 'Retried')).toHaveLength(1);
  });

  it('an authorization started on one completes on the other', async () => {
    const connection = connectionSchema.parse(await (await post(first, '/connections', oauthBody('Across servers'))).json());
    const { authorizeUrl, cookie } = await startInstall(first.url, connection.id, signedIn);
    const back = new URL(await pressInstall(authorizeUrl, PLUMTREE_STORE_HASH));
    // The load balancer sends BigCommerce's redirect to the other server.
    const { page } = await openCallback(`${second.url}${back.pathname}${back.search}`, cookie);
    expect(page).toContain('Authorization complete');
    const after = connectionSchema.parse(await (await fetch(`${first.url}/api/connections/${connection.id}`, { headers: signedIn })).json());
    expect(after.status.state).toBe('authorized');
  });

  it('share sessions: signed in on one, signed out on the other, ended on both', async () => {
    const session = await signIn(first.url, signedIn.Origin);
    const who = (server: RunningServer) => fetch(`${server.url}/api/session`, { headers: session }).then((response) => response.status);
    expect([await who(first), await who(second)]).toEqual([200, 200]);
    expect((await fetch(`${second.url}/api/session`, { method: 'DELETE', headers: session })).status).toBe(204);
    expect([await who(first), await who(second)]).toEqual([401, 401]);
  }, 30_000);

  // Last: it leaves this address throttled.
  it('share the login throttle: failures on one count on the other', async () => {
    const attempt = (server: RunningServer, password: string) =>
      fetch(`${server.url}/api/session`, { method: 'POST', headers: { 'Content-Type': 'application/json', Origin: signedIn.Origin }, body: JSON.stringify({ email: testOwner.email, password }) });
    const statuses = [];
    for (let failure = 0; failure < 5; failure += 1) statuses.push((await attempt(failure % 2 ? first : second, `wrong ${failure}`)).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401]);
    const refused = await attempt(first, testOwner.password);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('Retry-After'))).toBeGreaterThan(14 * 60);
    expect((await attempt(second, testOwner.password)).status).toBe(429);
  }, 60_000);
});
