// @vitest-environment node
// Without a session every /api route answers 401 (setup_required before the owner exists); a
// change from another origin answers 403 and changes nothing; a page without a session is sent to
// sign in (or to set up).
import { expect, it } from 'vitest';
import { apiErrorSchema } from '../../src/features/connections/schema';
import { apiRoutes } from '../../core/routes/table';
import { describeEachDatabase } from '../testing/databases';
import { startSignInServer, testClock, tinyBuiltApp, type SignInServer } from '../testing/signInServer';
import { everyConnection } from '../testing/records';

/** Every /api route but the open three (setup, sign-in, who is signed in), with a real id in it. */
const guarded = [
  ...apiRoutes.map((route) => ({ method: route.method, path: `/api${route.path}` })),
  { method: 'POST', path: '/api/connections/:id/authorize' },
  { method: 'GET', path: '/api/activity' },
  { method: 'DELETE', path: '/api/session' },
  { method: 'PUT', path: '/api/session/password' },
  { method: 'GET', path: '/api/no-such-route' },
];
const changes = [...guarded.filter((route) => route.method !== 'GET'), { method: 'POST', path: '/api/session' }, { method: 'POST', path: '/api/setup' }];

const tokenBody = { name: 'Guarded', authType: 'token', accessToken: 'q4w8e2r6t0y3u7i1o5p9a2s6d0f4g8h', clientId: '5k1l8m2n9b4v7c3x6z0a8s1d4f7g2h5', storeHash: 'x7kq2mfa9b' };

async function errorCode(response: Response): Promise<string> {
  return apiErrorSchema.parse(await response.json()).error.code;
}

/** Everything a request could change, as the server stores it. */
async function snapshot(server: SignInServer) {
  const { deps, storage } = server.running;
  const rows = async (table: 'owner' | 'sessions' | 'pending_authorizations') => storage.database.kysely.selectFrom(table).selectAll().execute();
  return { connections: await everyConnection(deps.connections), clients: await deps.oauthClients.list(), owner: await rows('owner'), sessions: await rows('sessions'), pending: await rows('pending_authorizations') };
}

describeEachDatabase('the session guard', (database) => {
  it('answers 401 unauthorized on every /api route without a session, or with an unknown one, and changes nothing', async () => {
    const clock = testClock();
    const server = await startSignInServer(database(), clock.now);
    try {
      const cookie = await server.signIn();
      const created = await server.send('POST', '/api/connections', { cookie, body: tokenBody });
      const id = ((await created.json()) as { id: string }).id;
      const before = await snapshot(server);
      for (const stranger of [undefined, 'bc_wizard_session=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', 'bc_wizard_session=not-a-session']) {
        for (const route of guarded) {
          const response = await server.send(route.method, route.path.replace(':id', id), { body: route.method === 'GET' ? undefined : tokenBody, ...(stranger ? { cookie: stranger } : {}) });
          expect(response.status, `${route.method} ${route.path} with ${stranger ?? 'no cookie'}`).toBe(401);
          expect(await errorCode(response)).toBe('unauthorized');
        }
      }
      const who = await server.send('GET', '/api/session');
      expect([who.status, await errorCode(who)]).toEqual([401, 'unauthorized']);
      expect(await snapshot(server)).toEqual(before);
    } finally {
      await server.close();
    }
  });

  it('answers 401 setup_required while no owner exists', async () => {
    const server = await startSignInServer(database(), testClock().now, { withOwner: false });
    try {
      for (const route of [...guarded, { method: 'GET', path: '/api/session' }, { method: 'POST', path: '/api/session' }]) {
        const body = route.path === '/api/session' ? { email: 'owner@example.com', password: 'anything at all' } : tokenBody;
        const response = await server.send(route.method, route.path.replace(':id', 'x'), { body: route.method === 'GET' ? undefined : body });
        expect(response.status, `${route.method} ${route.path}`).toBe(401);
        expect(await errorCode(response)).toBe('setup_required');
      }
      expect(await everyConnection(server.running.deps.connections)).toEqual([]);
    } finally {
      await server.close();
    }
  });

  it('refuses a change from another origin, or with neither Origin nor Sec-Fetch-Site, with 403, changing nothing', async () => {
    const server = await startSignInServer(database(), testClock().now);
    try {
      const cookie = await server.signIn();
      const id = ((await (await server.send('POST', '/api/connections', { cookie, body: tokenBody })).json()) as { id: string }).id;
      const before = await snapshot(server);
      const foreign: Record<string, string>[] = [
        { Origin: 'https://evil.example' },
        { Origin: 'null' },
        { Origin: `${server.origin}.evil.example` },
        { Origin: '', 'Sec-Fetch-Site': 'cross-site' },
        { Origin: '', 'Sec-Fetch-Site': 'same-site' },
        { Origin: '' },
      ];
      for (const headers of foreign) {
        for (const route of changes) {
          // Origin '' leaves the header out (send()).
          const body = route.path === '/api/session' ? { email: 'owner@example.com', password: 'lantern quietly sheds 7 moths' } : tokenBody;
          const response = await server.send(route.method, route.path.replace(':id', id), { cookie, body, headers });
          expect(response.status, `${route.method} ${route.path} with ${JSON.stringify(headers)}`).toBe(403);
          expect(await errorCode(response)).toBe('forbidden');
        }
      }
      expect(await snapshot(server)).toEqual(before);
      // The app's own page without Origin (Sec-Fetch-Site: same-origin) may change things.
      const own = await server.send('DELETE', `/api/connections/${id}`, { cookie, headers: { Origin: '', 'Sec-Fetch-Site': 'same-origin' } });
      expect(own.status).toBe(204);
    } finally {
      await server.close();
    }
  });

  it('sends a page request without a session to sign in, keeping where it was going, and serves the sign-in pages', async () => {
    const app = tinyBuiltApp();
    const server = await startSignInServer(database(), testClock().now, { staticDir: app.dir });
    try {
      const page = (path: string, cookie?: string) => server.send('GET', path, cookie ? { cookie } : {});
      for (const [path, next] of [['/', '/'], ['/connections/abc/edit?tab=2', '/connections/abc/edit?tab=2'], ['/activity', '/activity']] as const) {
        const response = await page(path);
        expect(response.status, path).toBe(303);
        expect(response.headers.get('Location')).toBe(`/sign-in?${new URLSearchParams({ next })}`);
      }
      for (const path of ['/sign-in', '/setup', '/sign-in?next=%2F']) expect((await page(path)).status, path).toBe(200);
      // Not pages: files, the API, the callbacks.
      expect((await page('/assets/missing.js')).status).toBe(404);
      expect((await page('/favicon.ico')).status).toBe(404);
      expect((await page('/api/connections')).status).toBe(401);
      const cookie = await server.signIn();
      expect((await page('/', cookie)).status).toBe(200);
      expect((await page('/connections/abc/edit', cookie)).status).toBe(200);
    } finally {
      await server.close();
      app.dispose();
    }
  });

  it('sends a page request to /setup while no owner exists, keeping a ?token', async () => {
    const app = tinyBuiltApp();
    const server = await startSignInServer(database(), testClock().now, { staticDir: app.dir, withOwner: false });
    try {
      const first = await server.send('GET', '/');
      expect([first.status, first.headers.get('Location')]).toEqual([303, '/setup']);
      const withToken = await server.send('GET', '/?token=abc-123');
      expect(withToken.headers.get('Location')).toBe('/setup?token=abc-123');
      expect((await server.send('GET', '/setup?token=abc-123')).status).toBe(200);
    } finally {
      await server.close();
      app.dispose();
    }
  });
});
