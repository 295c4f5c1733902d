import { oauthInstallQuerySchema } from '../../src/features/connections/schema';
import { completeAuthorization } from '../../core/authorization/complete';
import { storeOfContext } from '../../core/authorization/messages';
import { startAuthorization } from '../../core/authorization/start';
import type { BackendDeps } from '../../core/deps';
import { bindBrowser, browserOf } from './browserBinding';
import { resultPage, resultScript, resultStyles } from './resultPage';
import type { ServerApp } from '../http/requestLog';

export interface AuthorizeOptions {
  readonly publicUrl: string;
}

/**
 * BigCommerce's install flow (FACTS §4): "Save & authorize" gets the app's install URL and binds
 * this browser; BigCommerce sends the browser back to /oauth/callback, where the authorization
 * this browser started for that store is completed by the shared rules.
 */
export function mountAuthorizeRoutes(app: ServerApp, deps: BackendDeps, options: AuthorizeOptions): void {
  const secure = options.publicUrl.startsWith('https:');
  const redirectUri = `${options.publicUrl}/oauth/callback`;

  app.post('/api/connections/:id/authorize', async (c) => {
    const browser = await bindBrowser(c, secure);
    const start = await startAuthorization(deps, c.req.param('id'), browser);
    if (!start.ok) return start.response;
    // c.json, not a bare Response: it carries the cookie bindBrowser set on this context.
    return c.json({ authorizeUrl: deps.bigcommerce.installUrl(start.started.client.clientId) });
  });

  app.get('/oauth/callback', async (c) => {
    const parsed = oauthInstallQuerySchema.safeParse(c.req.query());
    const query = parsed.success ? parsed.data : {};
    const browser = await browserOf(c);
    const storeHash = query.context ? storeOfContext(query.context) : undefined;
    const pending = browser && storeHash ? await deps.authorizations.findForBrowser(browser, storeHash, Date.now()) : undefined;
    const result = await completeAuthorization(deps, pending, query, redirectUri, c.req.raw.signal);
    if (result === 'cancelled') return c.body(null, 204);
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
