// Runs generated bodies against one route of a server on SQLite or PostgreSQL and checks the
// three properties of issue 25 after each: never 5xx, a 4xx in the contract's shape that changes
// no row, a 2xx that stored only what a reread returns (the route's own check).
import fc from 'fast-check';
import type { Kysely } from 'kysely';
import { expect } from 'vitest';
import { apiErrorSchema } from '../../src/features/connections/schema';
import { startServerUnderTest, type ServerUnderTest } from '../testing/apiBackend';
import { testClock } from '../testing/signInServer';
import { bentBodies } from './bodies';
import { changedSince, dataTables, readRows, restoreRows, type Rows } from './rows';

/** How many bodies per route, from which seed (docs/testing.md: replaying a failure). */
export const fuzzSettings = {
  runs: Number(process.env.FUZZ_RUNS || 500),
  seed: Number(process.env.FUZZ_SEED || 25),
  path: process.env.FUZZ_PATH || undefined,
};

/** Hashing is not what is fuzzed: the cheapest scrypt keeps a sign-in's cost to the requests around it. */
const fuzzScryptCost = { N: 2 ** 4, r: 8, p: 1 };

export interface FuzzServer {
  readonly kind: 'sqlite' | 'postgres';
  readonly server: ServerUnderTest;
  /** The server's database (a new handle after a restart). */
  kysely(): Kysely<unknown>;
  /** A request below /api as the app's page sends it: its Origin, and the owner's session unless `cookie` is '' or another. */
  send(method: string, path: string, body?: string, cookie?: string): Promise<Response>;
  /** The server started again on its database (ServerUnderTest.restart), answering. */
  restart(): Promise<void>;
}

/** What a route's bodies start from, once per route: the record a PUT changes; what only the running server knows. */
export interface Prepared {
  readonly id?: string;
  /** Each placeholder of fields.ts that the bodies carry, and the value to send instead (the setup token, a saved connection's ID). */
  readonly replacements?: Readonly<Record<string, string>>;
}

export interface Sent {
  /** The body as the server parsed it. */
  readonly body: unknown;
  readonly response: Response;
  readonly answer: unknown;
}

export interface FuzzRoute {
  /** `POST /api/connections`, as the test is named. */
  readonly title: string;
  readonly method: 'POST' | 'PUT';
  /** Below /api; `:id` is the prepared record's. */
  readonly path: string;
  /** Bodies the route's schema accepts; bodies.ts bends them. */
  readonly valid: fc.Arbitrary<Record<string, unknown>>;
  /** Sent with no session (setup, sign-in). */
  readonly signedOut?: boolean;
  /**
   * Sent to a server that has no owner yet, started again after each 2xx: the server remembers
   * its owner once it has one (POST /api/setup).
   */
  readonly withoutOwner?: boolean;
  readonly prepare?: (fuzz: FuzzServer) => Promise<Prepared>;
  /** After a 2xx: the stored record is what the body asked for and what the API reads back; no other row changed. */
  readonly stored: (fuzz: FuzzServer, sent: Sent, before: Rows, after: Rows) => Promise<void>;
}

export async function startFuzzServer(kind: 'sqlite' | 'postgres', withOwner = true): Promise<FuzzServer> {
  const clock = testClock();
  const server = await startServerUnderTest(kind, () => 2000, { now: clock.now, scryptCost: fuzzScryptCost, testsPerMinute: 1_000_000, withOwner });
  const send: FuzzServer['send'] = (method, path, body, cookie = server.signedIn.Cookie) =>
    fetch(`${server.url}/api${path}`, {
      method,
      headers: { Origin: server.signedIn.Origin, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...(cookie ? { Cookie: cookie } : {}) },
      ...(body === undefined ? {} : { body }),
    });
  return {
    kind,
    server,
    kysely: () => server.running.storage.database.kysely as unknown as Kysely<unknown>,
    send,
    async restart() {
      await server.restart();
      // fetch keeps connections to the port open; the first use of one the old server closed fails once.
      for (let attempt = 0; attempt < 3; attempt += 1) {
        if (await send('GET', '/session').then(() => true, () => false)) return;
      }
    },
  };
}

/** Statuses seen, for the summary line and to prove the bodies reached both sides of the schema. */
export type Tally = Map<number, number>;

export async function fuzzRoute(fuzz: FuzzServer, route: FuzzRoute, settings = fuzzSettings): Promise<Tally> {
  const { kysely } = fuzz;
  const tables = await dataTables(kysely());
  const start = await readRows(kysely(), tables);
  const tally: Tally = new Map();
  try {
    let prepared = (await route.prepare?.(fuzz)) ?? {};
    let before = await readRows(kysely(), tables);
    /** Before the next body: the tables to put back as they were, and whether to lift the sign-in throttle. */
    let dirty: Rows = {};
    let throttled = false;
    const property = fc.asyncProperty(bentBodies(route.valid), async (generated) => {
      const changed = Object.keys(dirty).length > 0;
      if (changed || throttled) await restoreRows(kysely(), dirty, throttled ? ['rate_events'] : []);
      if (changed && route.withoutOwner) {
        await fuzz.restart();
        prepared = (await route.prepare?.(fuzz)) ?? {};
        before = await readRows(kysely(), tables);
      }
      dirty = {};
      throttled = false;
      const text = Object.entries(prepared.replacements ?? {}).reduce((body, [placeholder, value]) => body.replaceAll(placeholder, value), generated);
      const response = await fuzz.send(route.method, route.path.replace(':id', prepared.id ?? ''), text, route.signedOut ? '' : undefined);
      const answerText = await response.text();
      tally.set(response.status, (tally.get(response.status) ?? 0) + 1);
      const after = await readRows(kysely(), tables);
      // Put back whatever changed, even when a check below fails: shrinking runs the next body from the same rows.
      dirty = changedSince(before, after);
      // A sign-in refused counts toward the throttle: lift it once it closes, so the bodies keep reaching the route.
      throttled = response.status === 429;
      expect(response.status, `${response.status} ${answerText}`).toSatisfy((status: number) => (status >= 200 && status < 300) || (status >= 400 && status < 500));
      if (response.status >= 400) {
        expect(apiErrorSchema.parse(JSON.parse(answerText)).error.status).toBe(response.status);
        expect(after, 'a 4xx changed rows').toEqual(before);
        return;
      }
      await route.stored(fuzz, { body: JSON.parse(text) as unknown, response, answer: answerText ? (JSON.parse(answerText) as unknown) : undefined }, before, after);
    });
    await fc.assert(property, { seed: settings.seed, numRuns: settings.runs, ...(settings.path ? { path: settings.path } : {}) });
  } catch (error) {
    const replay = `FUZZ_SEED=${settings.seed} FUZZ_PATH=<path above> npx vitest run server/fuzz --project api-${fuzz.kind} -t '${route.title}$'`;
    throw new Error(`${route.title} on ${fuzz.kind} broke a property. Replay: ${replay}\n${error instanceof Error ? error.message : String(error)}`, { cause: error });
  } finally {
    await restoreRows(kysely(), start, ['rate_events']);
  }
  return tally;
}

export function tallyLine(tally: Tally): string {
  return [...tally].sort(([a], [b]) => a - b).map(([status, count]) => `${status}×${count}`).join(' ');
}
