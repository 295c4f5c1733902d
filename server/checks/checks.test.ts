// @vitest-environment node
// Background checks against the simulator with CHECK_INTERVAL=10s: a token revoked in BigCommerce
// shows within one interval as offline (unauthorized), in the history, and as a signed
// connection.status_changed event; the account restored, it comes back online with another.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { demoAppRegistration, startSimulatorServer, type SimulatorServer } from '../../mocks/bigcommerce/http';
import { connectionSchema, statusHistorySchema, webhookCreatedSchema } from '../../src/features/connections/schema';
import { describeEachDatabase } from '../testing/databases';
import { startProxyHarness, testAccessToken, type ProxyHarness } from '../testing/proxyHarness';
import { startWebhookReceiver, type WebhookReceiver } from '../testing/webhookReceiver';

const INTERVAL_MS = 10_000;

describeEachDatabase('background checks', (database) => {
  let simulator: SimulatorServer;
  let receiver: WebhookReceiver;
  let harness: ProxyHarness;
  beforeEach(async () => {
    simulator = await startSimulatorServer({ apps: [demoAppRegistration('http://127.0.0.1:1')] });
    // The simulator's memory is the process's: what an earlier test revoked comes back.
    await fetch(`${simulator.url}/__simulator/reset`, { method: 'POST' });
    receiver = await startWebhookReceiver();
    harness = await startProxyHarness(database(), simulator.url, { env: { CHECK_INTERVAL: '10s', WEBHOOKS_ALLOW_PRIVATE: 'true' } });
  });
  afterEach(async () => {
    await harness.close();
    await receiver.close();
    await simulator.close();
  });
  const send = (method: string, path: string, body?: unknown) => harness.server.send(method, path, { cookie: harness.cookie, ...(body === undefined ? {} : { body }) });
  const control = (path: string) => fetch(`${simulator.url}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ accessToken: testAccessToken }) });
  const statusOf = async (id: string) => connectionSchema.parse(await (await send('GET', `/api/connections/${id}`)).json()).status;

  it('notice a revoked token within one interval, say so, record it and tell the endpoint; and notice it back', { timeout: 90_000 }, async () => {
    const { secret } = webhookCreatedSchema.parse(await (await send('POST', '/api/webhooks', { url: receiver.url, events: ['connection.status_changed'] })).json());
    const saved = await send('POST', '/api/connections', { name: 'Plumtree', authType: 'token', accessToken: testAccessToken, clientId: '5k1l8m2n9b4v7c3x6z0a8s1d4f7g2h5', storeHash: 'x7kq2mfa9b' });
    const { id } = connectionSchema.parse(await saved.json());
    expect((await statusOf(id)).state).toBe('online');
    // Saving tested it: untested, then online. That change is an event too.
    await expect.poll(() => receiver.received.length, { timeout: 5_000 }).toBe(1);

    expect((await control('/__simulator/revoke')).status).toBe(204);
    const revokedAt = Date.now();
    await expect.poll(() => statusOf(id), { timeout: INTERVAL_MS + 5_000, interval: 250 }).toMatchObject({ state: 'offline', code: 'unauthorized' });
    expect(Date.now() - revokedAt).toBeLessThan(INTERVAL_MS + 5_000);
    await expect.poll(() => receiver.received.length, { timeout: 5_000 }).toBe(2);
    const [, offline] = receiver.verified(secret);
    expect(offline).toMatchObject({ type: 'connection.status_changed', data: { connection: { id, status: { state: 'offline', code: 'unauthorized' } }, previous: { status: { state: 'online' } } } });

    expect((await control('/__simulator/restore')).status).toBe(204);
    await expect.poll(() => statusOf(id), { timeout: 2 * INTERVAL_MS + 5_000, interval: 250 }).toMatchObject({ state: 'online' });
    await expect.poll(() => receiver.received.length, { timeout: 5_000 }).toBe(3);
    expect(receiver.verified(secret)[2]).toMatchObject({ data: { connection: { status: { state: 'online' } }, previous: { status: { state: 'offline', code: 'unauthorized' } } } });

    const { changes } = statusHistorySchema.parse(await (await send('GET', `/api/connections/${id}/history`)).json());
    expect(changes.map((change) => [change.from?.state ?? null, change.to.state, change.to.code ?? null, change.source])).toEqual([
      ['offline', 'online', null, 'check'],
      ['online', 'offline', 'unauthorized', 'check'],
      ['untested', 'online', null, 'save'],
      [null, 'untested', null, 'save'],
    ]);
  });

  it('leave uninstalled connections and OAuth 2.0 connections without a token alone', { timeout: 90_000 }, async () => {
    const { deps } = harness.server.running;
    const { seedDemoClients } = await import('../simulate');
    await seedDemoClients(deps);
    const oauth = connectionSchema.parse(await (await send('POST', '/api/connections', { name: 'App', authType: 'oauth2', storeHash: 'x7kq2mfa9b', oauthClientId: 'demo-oauth-client', scopes: ['store_v2_products_read_only'] })).json());
    const token = await harness.saveTokenConnection('Uninstalled later');
    const record = await deps.connections.find(token);
    await deps.connections.updateChecked(token, record?.updatedAt ?? '', (current) => ({ ...current, status: { state: 'revoked', reason: 'Uninstalled.' } }), 'uninstall');
    const rows = async () => (await database().connect().kysely.selectFrom('connection_checks').selectAll().execute()).sort((a, b) => a.connection_id.localeCompare(b.connection_id));
    // Both join the round (at a random point of the next interval)...
    await expect.poll(async () => (await rows()).map((row) => row.connection_id), { timeout: 5_000 }).toEqual([oauth.id, token].sort());
    const joined = new Map((await rows()).map((row) => [row.connection_id, Number(row.next_check_at)]));
    // ...and, their turn come, pass it: rescheduled a whole interval on, no lease held, no failure counted.
    await expect
      .poll(async () => (await rows()).every((row) => row.lease_until === null && Number(row.next_check_at) !== joined.get(row.connection_id)), { timeout: 2 * INTERVAL_MS + 10_000, interval: 250 })
      .toBe(true);
    expect((await rows()).map((row) => Number(row.failures))).toEqual([0, 0]);
    const { changes } = statusHistorySchema.parse(await (await send('GET', `/api/connections/${token}/history`)).json());
    expect(changes.filter((change) => change.source === 'check')).toEqual([]);
    expect((await statusOf(oauth.id)).state).toBe('not_authorized');
    expect((await statusOf(token)).state).toBe('revoked');
  });
});
