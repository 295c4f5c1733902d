import { serve, type ServerType } from '@hono/node-server';
import { sql } from 'kysely';
import { createBigCommerceClient, DEFAULT_BIGCOMMERCE_TIMEOUT_MS } from '../core/bigcommerce/client';
import type { BackendDeps } from '../core/deps';
import { createApp, type AppOptions } from './app';
import { createAuth, type Auth } from './auth/auth';
import { prepareOwner } from './auth/ownerAtStart';
import type { ScryptCost } from './auth/passwords';
import { plainHttpWarning, type ServerConfig } from './config';
import type { Logger } from './log';
import { openServerStorage, type ServerStorage } from './openStorage';
import { createProxy } from './proxy/createProxy';
import { createChecker } from './checks/checker';
import { createDeliverer } from './webhooks/deliverer';
import { sqlWebhookStore } from './webhooks/webhookStore';
import type { ProxyContext } from './proxy/context';
import { seedDemoClients, startSimulation, type Simulation } from './simulate';

export interface StartOptions {
  /** Start the BigCommerce simulator beside the server and seed the demo client. */
  readonly simulate?: boolean;
  /** The built app; absent in API-only tests. */
  readonly staticDir?: string;
  /** Replaces RATE_LIMIT_PER_MINUTE (tests lift it). */
  readonly rateLimitPerMinute?: number;
  /** How long a call to BigCommerce may take (ms); 15 s unless a test says otherwise. */
  readonly bigCommerceTimeoutMs?: () => number;
  /** The clock of sessions, throttles and the activity log (a test moves it). */
  readonly now?: () => number;
  readonly scryptCost?: ScryptCost;
  /** Tests of typed credentials per session and minute (30). */
  readonly testsPerMinute?: number;
  /** How long BigCommerce may take to begin a proxied answer (30 s unless a test says otherwise). */
  readonly proxyTimeoutMs?: number;
  /** The waits between a webhook's attempts (RETRY_DELAYS_MS unless a test says otherwise). */
  readonly webhookRetryDelaysMs?: readonly number[];
  /** How long a webhook's receiver may take to answer (SEND_TIMEOUT_MS unless a test says otherwise). */
  readonly webhookSendTimeoutMs?: number;
  /** The clock of the background checks and the webhook deliveries (a test moves it). */
  readonly backgroundNow?: () => number;
}

export interface RunningServer {
  /** http://HOST:PORT, the port as bound (a test asks for port 0). */
  readonly url: string;
  readonly deps: BackendDeps;
  readonly storage: ServerStorage;
  readonly auth: Auth;
  readonly proxy: ProxyContext;
  readonly webhooks: AppOptions['webhooks'];
  readonly simulation?: Simulation;
  /** PUBLIC_URL/setup?token=…, when the server started with no owner and no OWNER_EMAIL: print it, once. */
  readonly setupUrl?: string;
  /** Stops accepting, lets requests in flight finish, closes the database and the simulator. */
  close(): Promise<void>;
}

/** Opens storage, builds the app and listens; resolves once requests are accepted. */
export async function startServer(config: ServerConfig, log: Logger, options: StartOptions = {}): Promise<RunningServer> {
  const simulation = options.simulate ? await startSimulation(config) : undefined;
  const apiUrl = simulation?.url ?? config.bigcommerceApiUrl;
  const loginUrl = simulation?.url ?? config.bigcommerceLoginUrl;
  let storage: ServerStorage;
  try {
    storage = await openServerStorage(config, log, { lease: 'server' });
  } catch (error) {
    await simulation?.close();
    throw error;
  }
  const deps: BackendDeps = { ...storage.ports, bigcommerce: createBigCommerceClient({ apiUrl, loginUrl, timeoutMs: options.bigCommerceTimeoutMs ?? (() => DEFAULT_BIGCOMMERCE_TIMEOUT_MS) }) };
  if (simulation) await seedDemoClients(deps);
  log.info('started', {
    database: config.database.kind,
    key_source: storage.source.kind === 'file' ? `file ${storage.source.path}` : 'CONNECTIONS_ENCRYPTION_KEY',
    bigcommerce_api: apiUrl,
    bigcommerce_login: loginUrl,
  });

  const warning = plainHttpWarning(config);
  if (warning) log.warn('plain_http', { detail: warning });
  const auth = createAuth(storage.database, {
    publicUrl: config.publicUrl,
    ...(options.now ? { now: options.now } : {}),
    ...(options.scryptCost ? { scryptCost: options.scryptCost } : {}),
    ...(options.testsPerMinute ? { testsPerMinute: options.testsPerMinute } : {}),
  });
  let setupToken: string | undefined;
  try {
    ({ setupToken } = await prepareOwner(auth, config.owner, log));
  } catch (error) {
    await storage.close();
    await simulation?.close();
    throw error;
  }

  const proxy = createProxy(storage.database, deps, {
    apiUrl,
    keyLimitPerMinute: config.proxyKeyLimitPerMinute,
    ...(options.proxyTimeoutMs ? { upstreamTimeoutMs: options.proxyTimeoutMs } : {}),
  });
  const rules = { allowPrivate: config.webhooksAllowPrivate };
  const webhookStore = sqlWebhookStore(storage.database);
  const deliverer = createDeliverer({
    database: storage.database,
    store: webhookStore,
    cipher: deps.cipher,
    rules,
    log,
    ...(options.webhookRetryDelaysMs ? { retryDelaysMs: options.webhookRetryDelaysMs } : {}),
    ...(options.webhookSendTimeoutMs ? { sendTimeoutMs: options.webhookSendTimeoutMs } : {}),
    ...(options.backgroundNow ? { now: options.backgroundNow } : {}),
  });
  storage.onDeliveriesWritten(() => deliverer.wake());
  const webhooks = { store: webhookStore, deliverer, rules };
  const checker = createChecker({
    database: storage.database,
    deps,
    budget: proxy.budget,
    gate: proxy.gate,
    intervalMs: config.checkIntervalMs,
    log,
    ...(options.backgroundNow ? { now: options.backgroundNow } : {}),
  });
  const app = createApp({
    deps,
    auth,
    proxy,
    webhooks,
    log,
    publicUrl: config.publicUrl,
    loginUrl,
    ping: async () => void (await sql`select 1`.execute(storage.database.kysely)),
    ...(options.staticDir ? { staticDir: options.staticDir } : {}),
    ...(simulation ? { simulatorUrl: simulation.url } : {}),
    rateLimitPerMinute: options.rateLimitPerMinute ?? config.rateLimitPerMinute,
    trustProxy: config.trustProxy,
  });
  let server: ServerType;
  try {
    server = await listen(app.fetch, config.host, config.port);
  } catch (error) {
    // A port in use: the database (and this server's lease in it) is let go before the error.
    await storage.close();
    await simulation?.close();
    throw error;
  }
  // Events written while the server was down (a crash right after a change) go out now.
  deliverer.start();
  checker.start();
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  return {
    url: `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`,
    deps,
    storage,
    auth,
    proxy,
    webhooks,
    ...(simulation ? { simulation } : {}),
    ...(setupToken ? { setupUrl: `${config.publicUrl}/setup?${new URLSearchParams({ token: setupToken })}` } : {}),
    async close() {
      // Waiting calls go first (their callers get an answer), then the server stops taking requests.
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      await proxy.close();
      await checker.stop();
      await deliverer.stop();
      await closed;
      await storage.close();
      await simulation?.close();
    },
  };
}

function listen(fetch: (request: Request) => Response | Promise<Response>, hostname: string, port: number): Promise<ServerType> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch, hostname, port }, () => resolve(server));
    server.once('error', reject);
  });
}
