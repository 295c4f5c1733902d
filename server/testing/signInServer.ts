// A server started for the sign-in tests: on a test database, with a clock the test moves, and
// with or without the owner account; requests sent as the app's page or as another site would.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sessionSchema } from '../../src/features/connections/schema';
import type { ScryptCost } from '../auth/passwords';
import { loadConfig } from '../config';
import { memoryLogger } from '../log';
import { startServer, type RunningServer } from '../start';
import type { TestDatabase } from './databases';
import { cookieOf, testOwner } from './owner';

/** Cheaper than the real cost (server/auth/passwords.ts), for tests that hash many times; the flows are the same. */
export const testScryptCost: ScryptCost = { N: 2 ** 12, r: 8, p: 1 };

export interface SignInServerOptions {
  readonly withOwner?: boolean;
  readonly env?: Record<string, string>;
  readonly staticDir?: string;
  readonly testsPerMinute?: number;
  readonly proxyTimeoutMs?: number;
  readonly webhookRetryDelaysMs?: readonly number[];
  readonly webhookSendTimeoutMs?: number;
  readonly backgroundNow?: () => number;
}

export interface SignInServer {
  readonly running: RunningServer;
  readonly url: string;
  /** PUBLIC_URL: the Origin the app's pages send. */
  readonly origin: string;
  readonly log: ReturnType<typeof memoryLogger>;
  /** A request as the app's page sends it (Origin: PUBLIC_URL), with `cookie` if given; a header given as '' is left out. */
  send(method: string, path: string, options?: { body?: unknown; cookie?: string; headers?: Record<string, string> }): Promise<Response>;
  /** Signs in (the test owner by default); the cookie to send from then on. */
  signIn(password?: string): Promise<string>;
  close(): Promise<void>;
}

/** The test's clock: starts at a fixed time, moved by `advance`. */
export function testClock(start = Date.parse('2026-03-01T09:00:00.000Z')) {
  let now = start;
  return { now: () => now, advance: (ms: number) => void (now += ms) };
}

export async function startSignInServer(database: TestDatabase, now: () => number, options: SignInServerOptions = {}): Promise<SignInServer> {
  const owner = options.withOwner === false ? {} : { OWNER_EMAIL: testOwner.email, OWNER_PASSWORD: testOwner.password };
  const databaseUrl = database.target.kind === 'postgres' ? { DATABASE_URL: database.target.url } : {};
  const config = { ...loadConfig({ DATA_DIR: database.dataDir, ...databaseUrl, ...owner, ...options.env }), port: 0 };
  const log = memoryLogger();
  const running = await startServer(config, log, {
    now,
    scryptCost: testScryptCost,
    ...(options.staticDir ? { staticDir: options.staticDir } : {}),
    ...(options.testsPerMinute ? { testsPerMinute: options.testsPerMinute } : {}),
    ...(options.proxyTimeoutMs ? { proxyTimeoutMs: options.proxyTimeoutMs } : {}),
    ...(options.webhookRetryDelaysMs ? { webhookRetryDelaysMs: options.webhookRetryDelaysMs } : {}),
    ...(options.webhookSendTimeoutMs ? { webhookSendTimeoutMs: options.webhookSendTimeoutMs } : {}),
    ...(options.backgroundNow ? { backgroundNow: options.backgroundNow } : {}),
  });
  const send: SignInServer['send'] = (method, route, { body, cookie, headers } = {}) =>
    fetch(`${running.url}${route}`, {
      method,
      redirect: 'manual',
      headers: Object.fromEntries(
        Object.entries({ Origin: config.publicUrl, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...(cookie ? { Cookie: cookie } : {}), ...headers }).filter(([, value]) => value !== ''),
      ),
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  return {
    running,
    url: running.url,
    origin: config.publicUrl,
    log,
    send,
    async signIn(password = testOwner.password) {
      const response = await send('POST', '/api/session', { body: { email: testOwner.email, password } });
      if (response.status !== 200) throw new Error(`Sign-in failed: HTTP ${response.status} ${await response.text()}`);
      sessionSchema.parse(await response.json());
      return cookieOf(response);
    },
    close: () => running.close(),
  };
}

/** A built app of one page, for the page redirects. */
export function tinyBuiltApp(): { dir: string; dispose(): void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'wizard-pages-'));
  writeFileSync(path.join(dir, 'index.html'), '<!doctype html>\n<html lang="en"><head><title>app</title></head><body></body></html>\n');
  return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}
