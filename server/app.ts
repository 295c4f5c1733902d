import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { BackendDeps } from '../core/deps';
import { apiError } from '../core/http/errors';
import { json } from '../core/http/json';
import { mountActivityRoute } from './activity/activityRoute';
import { recordingApiRoute } from './activity/recordApi';
import type { Auth } from './auth/auth';
import { apiGuard, pageGuard, testLimit } from './auth/guards';
import { mountCommonPasswordRoute } from './auth/commonPasswordRoute';
import { mountSessionRoutes } from './auth/sessionRoutes';
import { mountSetupRoute } from './auth/setupRoute';
import { mountApiRoutes } from './http/apiRoutes';
import { resolveClientAddress } from './http/clientAddress';
import { bodyLimitOf, printablePath, rateLimit, timeLimit } from './http/limits';
import { requestLog, type ServerApp, type ServerEnv } from './http/requestLog';
import { securityHeaders } from './http/securityHeaders';
import { mountStaticApp } from './http/staticApp';
import { isDatabaseUnavailable, unavailableDetail } from './db/unavailable';
import type { Logger } from './log';
import { mountAppCallbacks } from './oauth/appCallbacks';
import { mountAuthorizeRoutes } from './oauth/authorizeRoutes';
import { mountApiKeyRoutes } from './http/apiKeyRoutes';
import type { ProxyContext } from './proxy/context';
import { mountProxy } from './proxy/mountProxy';
import { mountHistoryRoute } from './events/historyRoute';
import type { Deliverer } from './webhooks/deliverer';
import type { OutboundRules } from './webhooks/outbound';
import { mountWebhookRoutes } from './webhooks/webhookRoutes';
import type { WebhookStore } from './webhooks/webhookStore';

export interface AppOptions {
  readonly deps: BackendDeps;
  /** The owner, sessions, throttles and activity log (server/auth). */
  readonly auth: Auth;
  /** The proxy for programs with API keys (server/proxy). */
  readonly proxy: ProxyContext;
  /** Webhook endpoints, their delivery loop and where they may be sent (server/webhooks). */
  readonly webhooks: { readonly store: WebhookStore; readonly deliverer: Deliverer; readonly rules: OutboundRules };
  readonly log: Logger;
  readonly publicUrl: string;
  readonly loginUrl: string;
  /** Resolves when the database answers. */
  readonly ping: () => Promise<void>;
  /** The built app; absent in API-only tests. */
  readonly staticDir?: string;
  /** The BigCommerce simulator's address, with --simulate: the pages name it (staticApp.ts). */
  readonly simulatorUrl?: string;
  /** Requests per client address and minute on /api and /oauth (RATE_LIMIT_PER_MINUTE). */
  readonly rateLimitPerMinute?: number;
  /** How many reverse proxies append to X-Forwarded-For (TRUST_PROXY); 0 or absent ignores it. */
  readonly trustProxy?: number;
  readonly requestTimeoutMs?: number;
}

export function createApp(options: AppOptions): ServerApp {
  const { deps, log, auth } = options;
  const app = new Hono<ServerEnv>();
  app.use('*', resolveClientAddress(options.trustProxy ?? 0), requestLog(log), securityHeaders(options.loginUrl));

  app.get('/healthz', async (c) => {
    try {
      await withinHealthTime(options.ping());
      return c.json({ status: 'ok' });
    } catch {
      return c.json({ status: 'unavailable', reason: 'The database does not answer.' }, 503);
    }
  });

  const limit = rateLimit({ limit: options.rateLimitPerMinute ?? 600, windowMs: 60_000 });
  // Every /api request is bounded, then must come from the app's origin to change anything and
  // carry a session unless it signs in or sets up.
  app.use('/api/*', limit, bodyLimitOf(), timeLimit(options.requestTimeoutMs ?? 30_000), apiGuard(auth), printablePath());
  app.use('/oauth/*', limit);
  app.use('/api/connections/test', testLimit(auth));
  mountSetupRoute(app, auth);
  mountSessionRoutes(app, auth);
  mountCommonPasswordRoute(app);
  mountActivityRoute(app, auth.activity);
  mountAuthorizeRoutes(app, deps, { publicUrl: options.publicUrl, auth });
  mountApiRoutes(app, deps, recordingApiRoute(deps, auth.activity, async (c) => (await auth.sessionOf(c))?.email));
  mountApiKeyRoutes(app, deps, options.proxy.apiKeys, options.proxy.usage, auth);
  mountHistoryRoute(app, deps, auth.database);
  mountWebhookRoutes(app, { ...options.webhooks, cipher: deps.cipher, auth });
  app.all('/api/*', (c) => apiError(404, 'not_found', `There is no ${c.req.method} ${c.req.path} in this API. See docs/api.md.`));
  mountAppCallbacks(app, deps, log, auth.activity);
  mountProxy(app, options.proxy, log);
  if (options.staticDir) {
    app.use('*', pageGuard(auth));
    mountStaticApp(app, options.staticDir, options.publicUrl, options.simulatorUrl);
  }

  app.onError((error, c) => {
    if (error instanceof HTTPException) return error.getResponse();
    const requestId = c.get('requestId');
    if (isDatabaseUnavailable(error)) {
      log.error('database_unavailable', { request_id: requestId, path: c.req.path, ...unavailableDetail(error) });
      return apiError(503, 'unavailable', 'The server cannot reach its database, or cannot write to it, right now. Nothing was saved. Try again in a moment.');
    }
    log.error('unhandled_error', { request_id: requestId, path: c.req.path, error: error.name, error_message: error.message });
    const message = `Something went wrong on our side. Try again in a moment. If it keeps happening, give this reference: ${requestId}.`;
    return json({ error: { status: 500, code: 'internal', message, fields: [], requestId } }, { status: 500 });
  });
  return app;
}

/** A load balancer asks often and decides quickly: a database slower than this counts as down. */
const HEALTH_TIME_MS = 1500;

function withinHealthTime(ping: Promise<void>): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('The database did not answer in time.')), HEALTH_TIME_MS);
  });
  ping.catch(() => undefined);
  return Promise.race([ping, late]).finally(() => clearTimeout(timer));
}
