import { oauthInstallQuerySchema } from '../../src/features/connections/schema';
import { completeAuthorization } from '../../core/authorization/complete';
import { storeOfContext } from '../../core/authorization/messages';
import { startAuthorization } from '../../core/authorization/start';
import type { BackendDeps } from '../../core/deps';
import { connectionSubject, storedSubject } from '../activity/subjects';
import type { Auth } from '../auth/auth';
import { bindBrowser, browserOf } from './browserBinding';
import { resultPage, resultScript, resultStyles } from './resultPage';
import type { ServerApp } from '../http/requestLog';

export interface AuthorizeOptions {
  readonly publicUrl: string;
  readonly auth: Auth;
}

/**
 * BigCommerce's install flow (FACTS §4): "Save & authorize" gets the app's install URL and binds
 * this browser; BigCommerce sends the browser back to /oauth/callback, where the authorization
 * this browser started for that store, in the same session, is completed by the shared rules.
 */
export function mountAuthorizeRoutes(app: ServerApp, deps: BackendDeps, options: AuthorizeOptions): void {
  const { auth } = options;
  const secure = options.publicUrl.startsWith('https:');
  const redirectUri = `${options.publicUrl}/oauth/callback`;

  app.post('/api/connections/:id/authorize', async (c) => {
    // Behind the session guard: there is a session.
    const session = await auth.sessionOf(c);
    if (!session) throw new Error('POST /api/connections/:id/authorize reached without a session');
    const browser = await bindBrowser(c, secure, session.idHash);
    const start = await startAuthorization(deps, c.req.param('id'), browser);
    const subject = start.ok ? connectionSubject(start.started.connection) : null;
    const detail = start.ok ? null : ((await start.response.clone().json()) as { error: { message: string } }).error.message;
    await auth.activity.record({ actor: session.email, action: 'connection.authorization_started', outcome: start.ok ? 'succeeded' : 'failed', subject, detail });
    if (!start.ok) return start.response;
    // c.json, not a bare Response: it carries the cookie bindBrowser set on this context.
    return c.json({ authorizeUrl: deps.bigcommerce.installUrl(start.started.client.clientId) });
  });

  app.get('/oauth/callback', async (c) => {
    const parsed = oauthInstallQuerySchema.safeParse(c.req.query());
    const query = parsed.success ? parsed.data : {};
    const session = await auth.sessionOf(c);
    const browser = await browserOf(c, session?.idHash);
    const storeHash = query.context ? storeOfContext(query.context) : undefined;
    const pending = browser && storeHash ? await deps.authorizations.findForBrowser(browser, storeHash, Date.now()) : undefined;
    const result = await completeAuthorization(deps, pending, query, redirectUri, c.req.raw.signal);
    if (result === 'cancelled') return c.body(null, 204);
    if (pending) {
      const subject = result.ok ? connectionSubject(result.connection) : await storedSubject(deps, 'connection', pending.connectionId);
      await auth.activity.record({ actor: session?.email ?? null, action: 'connection.authorized', outcome: result.ok ? 'succeeded' : 'failed', subject, detail: result.ok ? null : result.message });
    }
    const next = query.external_install && pending ? await installOutcomeUrl(deps, pending.connectionId, result.ok) : undefined;
    // 200 either way: the page is what the person reads; the outcome is in it (and in its message to the opener).
    return c.html(resultPage(result, next));
  });

  app.get('/oauth/result.js', (c) => c.body(resultScript, 200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-cache' }));
  app.get('/oauth/result.css', (c) => c.body(resultStyles, 200, { 'Content-Type': 'text/css; charset=utf-8', 'Cache-Control': 'no-cache' }));
}

/** BigCommerce's own page after an install started from its install link. */
async function installOutcomeUrl(deps: BackendDeps, connectionId: string, ok: boolean): Promise<string | undefined> {
  const connection = await deps.connections.find(connectionId);
  const client = connection?.authType === 'oauth2' ? await deps.oauthClients.find(connection.oauthClientId) : undefined;
  return client ? `${deps.bigcommerce.installUrl(client.clientId)}/${ok ? 'succeeded' : 'failed'}` : undefined;
}
