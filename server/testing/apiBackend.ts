// The API suite (mocks/backend/*.test.ts) over HTTP against the real server: the server started
// in-process on a database of the suite's own, pointed at the BigCommerce simulator served over
// HTTP beside it, as `npm run serve -- --simulate` runs them.
import { sql } from 'kysely';
import type { BackendDeps } from '../../core/deps';
import { demoAppRegistration, startSimulatorServer } from '../../mocks/bigcommerce/http';
import { loadConfig } from '../config';
import { memoryLogger } from '../log';
import { seedDemoClients } from '../simulate';
import { startServer, type RunningServer } from '../start';
import { createTestDatabase } from './databases';
import { freePort } from './freePort';
import type { DisposableTestDatabase } from './handles';
import { signIn, testOwner, type SignedInHeaders } from './owner';

export interface ServerUnderTest {
  /** http://127.0.0.1:PORT */
  readonly url: string;
  readonly simulatorUrl: string;
  readonly deps: BackendDeps;
  readonly database: DisposableTestDatabase;
  readonly running: RunningServer;
  readonly log: ReturnType<typeof memoryLogger>;
  /** The owner's session cookie and the app's Origin: what every API request of the suite sends. */
  readonly signedIn: SignedInHeaders;
  /** Every table emptied and the demo client seeded again: a fresh start for the next test. */
  clear(): Promise<void>;
  close(): Promise<void>;
}

// Not the owner and the sessions: the suite stays signed in from one test to the next.
const tables = ['connections', 'oauth_clients', 'pending_authorizations', 'idempotency_results', 'activity', 'rate_events'] as const;

export async function startServerUnderTest(kind: 'sqlite' | 'postgres', bigCommerceTimeoutMs: () => number): Promise<ServerUnderTest> {
  const database = await createTestDatabase(kind);
  const port = await freePort();
  const publicUrl = `http://127.0.0.1:${port}`;
  const simulator = await startSimulatorServer({ apps: [demoAppRegistration(publicUrl)] });
  const config = loadConfig({
    PORT: String(port),
    DATA_DIR: database.dataDir,
    ...(database.target.kind === 'postgres' ? { DATABASE_URL: database.target.url } : {}),
    BIGCOMMERCE_API_URL: simulator.url,
    BIGCOMMERCE_LOGIN_URL: simulator.url,
    OWNER_EMAIL: testOwner.email,
    OWNER_PASSWORD: testOwner.password,
  });
  const log = memoryLogger();
  const running = await startServer(config, log, { bigCommerceTimeoutMs, rateLimitPerMinute: 1_000_000 });
  await seedDemoClients(running.deps);
  const signedIn = await signIn(running.url, publicUrl);
  return {
    url: running.url,
    simulatorUrl: simulator.url,
    deps: running.deps,
    database,
    running,
    log,
    signedIn,
    async clear() {
      for (const table of tables) await sql`delete from ${sql.table(table)}`.execute(running.storage.database.kysely);
      await seedDemoClients(running.deps);
    },
    async close() {
      await running.close();
      await simulator.close();
      await database.dispose();
    },
  };
}
