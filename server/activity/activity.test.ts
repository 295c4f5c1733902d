// @vitest-environment node
// The activity log: what the owner did and how it went, newest first, 100 a page, never a secret.
import { expect, it } from 'vitest';
import { activityPageSchema, apiErrorSchema, type ActivityEntry } from '../../src/features/connections/schema';
import { seedDemoClients } from '../simulate';
import { describeEachDatabase } from '../testing/databases';
import { testOwner } from '../testing/owner';
import { startSignInServer, testClock, type SignInServer } from '../testing/signInServer';

const clientSecret = 'cl13ntS3cr3tActivityLog0123456789';
const oauthBody = (name: string) => ({ name, authType: 'oauth2', storeHash: 'x7kq2mfa9b', oauthClientId: 'demo-oauth-client', scopes: ['store_v2_products_read_only'] });

async function activity(server: SignInServer, cookie: string, before?: string) {
  const response = await server.send('GET', `/api/activity${before ? `?before=${encodeURIComponent(before)}` : ''}`, { cookie });
  expect(response.status).toBe(200);
  return activityPageSchema.parse(await response.json());
}

const summary = (entry: ActivityEntry) => [entry.action, entry.outcome, entry.actor, entry.subject?.name ?? null];

describeEachDatabase('the activity log', (database) => {
  it('records who created, changed, tested and deleted which connection or client, with the outcome, newest first', async () => {
    const clock = testClock();
    const server = await startSignInServer(database(), clock.now);
    try {
      await seedDemoClients(server.running.deps);
      const cookie = await server.signIn();
      const step = async (method: string, path: string, body?: unknown) => {
        clock.advance(1000);
        return server.send(method, path, { cookie, ...(body === undefined ? {} : { body }) });
      };
      await step('POST', '/api/session', { email: 'someone@example.com', password: 'a guess' });
      const created = (await (await step('POST', '/api/connections', oauthBody('Shop'))).json()) as { id: string };
      expect((await step('POST', '/api/connections', oauthBody('shop'))).status).toBe(409);
      await step('PUT', `/api/connections/${created.id}`, oauthBody('Shop renamed'));
      await step('POST', `/api/connections/${created.id}/test`);
      await step('POST', '/api/connections/test', { authType: 'token' });
      const client = (await (await step('POST', '/api/oauth-clients', { name: 'My app', clientId: 'myapp123', clientSecret })).json()) as { id: string };
      await step('PUT', `/api/oauth-clients/${client.id}`, { name: 'My app 2', clientId: 'myapp123', clientSecret });
      await step('DELETE', `/api/connections/${created.id}`);
      await step('DELETE', '/api/session');

      const cookieAgain = await server.signIn();
      const { entries, nextBefore } = await activity(server, cookieAgain);
      expect(nextBefore).toBeNull();
      expect(entries.map(summary)).toEqual([
        ['session.signed_in', 'succeeded', testOwner.email, null],
        ['session.signed_out', 'succeeded', testOwner.email, null],
        ['connection.deleted', 'succeeded', testOwner.email, 'Shop renamed'],
        ['oauth_client.updated', 'succeeded', testOwner.email, 'My app 2'],
        ['oauth_client.created', 'succeeded', testOwner.email, 'My app'],
        ['credentials.tested', 'failed', testOwner.email, null],
        ['connection.tested', 'failed', testOwner.email, 'Shop renamed'],
        ['connection.updated', 'succeeded', testOwner.email, 'Shop renamed'],
        ['connection.created', 'failed', testOwner.email, null],
        ['connection.created', 'succeeded', testOwner.email, 'Shop'],
        ['session.sign_in_failed', 'failed', null, null],
        ['session.signed_in', 'succeeded', testOwner.email, null],
        ['owner.created', 'succeeded', testOwner.email, null],
      ]);
      expect(entries.find((entry) => entry.action === 'connection.created' && entry.outcome === 'failed')?.detail).toContain('shop');
      expect(entries.find((entry) => entry.action === 'connection.deleted')?.subject).toEqual({ kind: 'connection', id: created.id, name: 'Shop renamed' });
      expect(entries.find((entry) => entry.action === 'connection.tested')?.detail).toMatch(/authoriz/i);
      const times = entries.map((entry) => entry.at);
      expect(times).toEqual([...times].sort().reverse());

      const stored = JSON.stringify(await server.running.storage.database.kysely.selectFrom('activity').selectAll().execute());
      for (const secret of [clientSecret, testOwner.password, 'a guess', cookie.split('=')[1] ?? '']) expect(stored).not.toContain(secret);
    } finally {
      await server.close();
    }
  });

  it('pages 100 at a time with nextBefore, and refuses a malformed cursor', async () => {
    const clock = testClock();
    const server = await startSignInServer(database(), clock.now);
    try {
      const cookie = await server.signIn();
      for (let index = 0; index < 150; index += 1) {
        clock.advance(10);
        await server.running.auth.activity.record({ actor: testOwner.email, action: 'connection.tested', outcome: 'succeeded', subject: { kind: 'connection', id: `c${index}`, name: `Shop ${index}` }, detail: null });
      }
      const first = await activity(server, cookie);
      expect(first.entries).toHaveLength(100);
      expect(first.entries[0]?.subject?.name).toBe('Shop 149');
      expect(first.nextBefore).toBe(first.entries[99]?.id);
      const second = await activity(server, cookie, first.nextBefore ?? '');
      // 50 more, then what came before them: the owner created and signed in.
      expect(second.entries.map((entry) => entry.subject?.name ?? entry.action)).toEqual([
        ...Array.from({ length: 50 }, (_, index) => `Shop ${49 - index}`),
        'session.signed_in',
        'owner.created',
      ]);
      expect(second.nextBefore).toBeNull();
      const bad = await server.send('GET', `/api/activity?before=${'x'.repeat(65)}`, { cookie });
      expect([bad.status, apiErrorSchema.parse(await bad.json()).error.code]).toEqual([422, 'validation_failed']);
    } finally {
      await server.close();
    }
  });
});
