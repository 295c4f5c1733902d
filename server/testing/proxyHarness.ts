// A signed-in server whose BigCommerce is a given URL (the simulator, or a fake that records),
// with what the proxy's tests do over and over: save a connection, make a key, call the proxy.
import { apiKeyCreatedSchema, tokenConnectionInputSchema, type ApiKeyInput } from '../../src/features/connections/schema';
import { nowIso } from '../../core/clock';
import { buildConnectionRecord, newStamp } from '../../core/records';
import type { TestDatabase } from './databases';
import { startSignInServer, type SignInServer } from './signInServer';

export const testAccessToken = 'q4w8e2r6t0y3u7i1o5p9a2s6d0f4g8h';

export interface ProxyHarness {
  readonly server: SignInServer;
  readonly cookie: string;
  /** A Token connection saved straight into storage (no test call reaches BigCommerce); its ID. */
  saveTokenConnection(name: string, options?: { accessToken?: string; storeHash?: string }): Promise<string>;
  /** POST /api/api-keys as the owner. */
  createKey(input: ApiKeyInput): Promise<{ id: string; secret: string }>;
  /** A call to /proxy/{path} with `Authorization: Bearer <secret>` (none when secret is undefined). */
  proxy(secret: string | undefined, path: string, init?: RequestInit): Promise<Response>;
  close(): Promise<void>;
}

export async function startProxyHarness(
  database: TestDatabase,
  bigcommerceUrl: string,
  options: { env?: Record<string, string>; proxyTimeoutMs?: number; webhookRetryDelaysMs?: readonly number[]; webhookSendTimeoutMs?: number; backgroundNow?: () => number } = {},
): Promise<ProxyHarness> {
  const server = await startSignInServer(database, Date.now, {
    env: { BIGCOMMERCE_API_URL: bigcommerceUrl, BIGCOMMERCE_LOGIN_URL: bigcommerceUrl, ...options.env },
    ...(options.proxyTimeoutMs ? { proxyTimeoutMs: options.proxyTimeoutMs } : {}),
    ...(options.webhookRetryDelaysMs ? { webhookRetryDelaysMs: options.webhookRetryDelaysMs } : {}),
    ...(options.webhookSendTimeoutMs ? { webhookSendTimeoutMs: options.webhookSendTimeoutMs } : {}),
    ...(options.backgroundNow ? { backgroundNow: options.backgroundNow } : {}),
  });
  const cookie = await server.signIn();
  const { deps } = server.running;
  return {
    server,
    cookie,
    async saveTokenConnection(name, { accessToken = testAccessToken, storeHash = 'x7kq2mfa9b' } = {}) {
      const input = tokenConnectionInputSchema.parse({ name, authType: 'token', accessToken, clientId: '5k1l8m2n9b4v7c3x6z0a8s1d4f7g2h5', storeHash });
      const saved = await deps.connections.insert(await buildConnectionRecord(deps.cipher, input, newStamp(nowIso())));
      if (!saved.ok) throw new Error(`The connection could not be saved: ${saved.reason}`);
      return saved.record.id;
    },
    async createKey(input) {
      const response = await server.send('POST', '/api/api-keys', { cookie, body: input });
      if (response.status !== 201) throw new Error(`POST /api/api-keys: HTTP ${response.status} ${await response.text()}`);
      const created = apiKeyCreatedSchema.parse(await response.json());
      return { id: created.key.id, secret: created.secret };
    },
    proxy(secret, path, init = {}) {
      const headers = new Headers(init.headers);
      if (secret !== undefined) headers.set('Authorization', `Bearer ${secret}`);
      return fetch(`${server.url}/proxy/${path}`, { ...init, headers, redirect: 'manual' });
    },
    close: () => server.close(),
  };
}
