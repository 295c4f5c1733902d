// The API suite (mocks/backend/*.test.ts) over HTTP against the real server: the server started
// in-process on a database of the suite's own, pointed at the BigCommerce simulator served over
// HTTP beside it, as `npm run serve -- --simulate` runs them.
import { sql } from 'kysely';
import type { BackendDeps } from '../../core/deps';
import { demoAppRegistration, startSimulatorServer } from '../../mocks/bigcommerce/http';
import { loadConfig } from '../config';
import { memoryLogger } from '../log';
import { seedDemoClients } from '../simulate';
import { startServer, type RunningServer, type StartOptions } from '../start';
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
  /** Stops the server and starts it again on the same database and port (what it kept in memory is gone). */
  restart(): Promise<void>;
  close(): Promise<void>;
}

// Not the owner and the sessions: the suite stays signed in from one test to the next.
const tables = ['connections', 'oauth_clients', 'pending_authorizations', 'idempotency_results', 'activity', 'rate_events'] as const;

/** What a suite may set beyond the defaults: a clock it moves, a cheaper scrypt (signInServer.ts), more tests a minute, no owner yet. */
export interface ServerUnderTestOptions extends Pick<StartOptions, 'now' | 'scryptCost' | 'testsPerMinute'> {
  /** false: started without OWNER_EMAIL (it issues a setup token, `running.setupUrl`); nobody is signed in. */
  readonly withOwner?: boolean;
}

export async function startServerUnderTest(kind: 'sqlite' | 'postgres', bigCommerceTimeoutMs: () => number, { withOwner = true, ...options }: ServerUnderTestOptions = {}): Promise<ServerUnderTest> {
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
    ...(withOwner ? { OWNER_EMAIL: testOwner.email, OWNER_PASSWORD: testOwner.password } : {}),
  });
  const log = memoryLogger();
  const start = () => startServer(config, log, { bigCommerceTimeoutMs, rateLimitPerMinute: 1_000_000, ...options });
  let running = await start();
  await seedDemoClients(running.deps);
  const signedIn = withOwner ? await signIn(running.url, publicUrl) : { Cookie: '', Origin: publicUrl };
  return {
    get url() {
      return running.url;
    },
    simulatorUrl: simulator.url,
    get deps() {
      return running.deps;
    },
    database,
    get running() {
      return running;
    },
    log,
    signedIn,
    async clear() {
      for (const table of tables) await sql`delete from ${sql.table(table)}`.execute(running.storage.database.kysely);
      await seedDemoClients(running.deps);
    },
    async restart() {
      await running.close();
      running = await start();
    },
    async close() {
      await running.close();
      await simulator.close();
      await database.dispose();
    },
  };
}
