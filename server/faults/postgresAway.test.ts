// @vitest-environment node
// PostgreSQL stopped under a running server, then started again: meanwhile every request answers
// 503 `unavailable` at once (not after the 30 s request limit), and afterwards the same process
// serves again with everything it had saved.
import { rmSync } from 'node:fs';
import { afterAll, expect, it } from 'vitest';
import { apiErrorSchema, connectionListSchema, connectionSchema } from '../../src/features/connections/schema';
import { postgresAt } from '../testing/childDatabase';
import { startFakeBigCommerce } from '../testing/fakeBigCommerce';
import { startOwnPostgres } from '../testing/ownPostgres';
import { signIn } from '../testing/owner';
import { startServerChild } from '../testing/serverChild';

const cleanup: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const step of cleanup.reverse()) await step();
});

const DOWN_MS = 20_000;
const ANSWER_WITHIN_MS = 2000;

it('answers 503 unavailable within 2 s while PostgreSQL is stopped, and serves again when it is back', { timeout: 240_000 }, async () => {
  const postgres = await startOwnPostgres();
  cleanup.push(() => postgres.dispose());
  const database = postgresAt(postgres.url);
  cleanup.push(() => rmSync(database.dataDir, { recursive: true, force: true }));
  const bigcommerce = await startFakeBigCommerce();
  cleanup.push(() => bigcommerce.close());
  const server = await startServerChild(database, { BIGCOMMERCE_API_URL: bigcommerce.url, BIGCOMMERCE_LOGIN_URL: bigcommerce.url });
  cleanup.push(() => server.stop('SIGKILL'));
  const signedIn = await signIn(server.url, server.url);
  const send = async (method: string, path: string, body?: unknown) => {
    const started = performance.now();
    const response = await fetch(`${server.url}${path}`, {
      method,
      headers: { ...signedIn, 'Content-Type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { response, ms: performance.now() - started };
  };
  const token = (name: string) => ({ name, authType: 'token', accessToken: `tok${name.replace(/\W/g, '')}x9y8z7w6v5`, clientId: 'cl1entid', storeHash: 'x7kq2mfa9b' });

  const saved: string[] = [];
  for (let index = 0; index < 5; index += 1) {
    const { response } = await send('POST', '/api/connections', token(`Before ${index}`));
    expect(response.status).toBe(201);
    saved.push(connectionSchema.parse(await response.json()).id);
  }

  postgres.stop();
  const downSince = performance.now();
  let rounds = 0;
  while (performance.now() - downSince < DOWN_MS) {
    for (const [method, path, body] of [
      ['GET', '/api/connections', undefined],
      ['POST', '/api/connections', token(`While down ${rounds}`)],
      ['GET', `/api/connections/${saved[0]}`, undefined],
    ] as const) {
      const { response, ms } = await send(method, path, body);
      expect({ method, path, status: response.status }).toEqual({ method, path, status: 503 });
      expect(apiErrorSchema.parse(await response.json()).error.code).toBe('unavailable');
      expect(ms).toBeLessThan(ANSWER_WITHIN_MS);
    }
    const { response: health, ms } = await send('GET', '/healthz');
    expect(health.status).toBe(503);
    expect(ms).toBeLessThan(ANSWER_WITHIN_MS);
    rounds += 1;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  expect(rounds).toBeGreaterThan(5);

  postgres.start();
  await expect.poll(async () => (await send('GET', '/healthz')).response.status, { timeout: 30_000, interval: 250 }).toBe(200);
  const list = connectionListSchema.parse(await (await send('GET', '/api/connections')).response.json());
  expect(list.connections.map((connection) => connection.id).sort()).toEqual([...saved].sort());
  expect((await send('POST', '/api/connections', token('After'))).response.status).toBe(201);
  // The same process all along: it did not exit and come back.
  expect(() => process.kill(server.pid, 0)).not.toThrow();
  expect(server.output()).not.toMatch(/startup_failed|Listening on[\s\S]*Listening on/);
});
