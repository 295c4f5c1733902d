// @vitest-environment node
// GET /api/connections fuzzed (issue 23): generated query strings against the server on the
// database of this Vitest project. Each answer is a 200 that is exactly the page the shared rule
// (core/connections/search.ts) makes of the stored rows, each page after it too, or a 422 naming
// only parameters that were sent; never anything else, and no row changes.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { apiErrorSchema, connectionListQuerySchema, connectionPageLimits, connectionPageSchema, connectionStates } from '../../src/features/connections/schema';
import { decodeCursor, encodeCursor } from '../../core/connections/cursor';
import { countOf, pageOf } from '../../core/connections/search';
import type { ConnectionPageQuery, StoredConnection } from '../../core/ports';
import { postgresUnavailable } from '../testing/databases';
import { basicConnection, tokenConnection } from '../testing/records';
import { fuzzSettings, startFuzzServer, type FuzzServer } from './harness';
import { readRows } from './rows';

const kind = inject('apiBackend');
if (kind !== 'sqlite' && kind !== 'postgres') throw new Error('server/fuzz runs in the api-sqlite and api-postgres projects (vite.config.ts).');

const names = ['Main Store', 'main store 2', 'Back_office', 'Back office', '100% Cotton', 'Slash \\ Shop', 'Café', 'Cafe\u0301 bis', 'متجر', '🛒 Shop', 'ÜBER', 'über 2'];
const stored: StoredConnection[] = names.flatMap((name, index) =>
  ['', ' b'].map((suffix, half) =>
    (half ? tokenConnection : basicConnection)({
      name: `${name}${suffix}`,
      storeHash: `${index % 2 ? 'ABC' : 'xyz'}${index}${half}`,
      updatedAt: `2026-03-01T10:00:0${index % 4}.000Z`,
      status: { state: connectionStates[(index + half) % connectionStates.length] ?? 'untested' },
    }),
  ),
);

let fuzz: FuzzServer | undefined;
beforeAll(async () => {
  if (kind === 'postgres' && postgresUnavailable) return;
  fuzz = await startFuzzServer(kind);
  for (const record of stored) expect((await fuzz.server.deps.connections.insert(record)).ok).toBe(true);
}, 60_000);
afterAll(async () => {
  await fuzz?.server.close();
});

const junk = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 12 }), fc.base64String({ maxLength: 40 }), fc.integer({ min: -3, max: connectionPageLimits.max + 3 }).map(String));
const entry = fc.oneof(
  { weight: 3, arbitrary: fc.tuple(fc.constant('limit'), fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 1, max: 8 }).map(String) }, { weight: 1, arbitrary: junk })) },
  { weight: 2, arbitrary: fc.tuple(fc.constant('cursor'), fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...stored.map(encodeCursor)) }, { weight: 1, arbitrary: junk })) },
  { weight: 2, arbitrary: fc.tuple(fc.constant('q'), fc.oneof(fc.constantFrom('%', '_', '\\', 'STORE', ' shop ', 'abc1', 'é', '', 'x'.repeat(201)), junk)) },
  { weight: 2, arbitrary: fc.tuple(fc.constant('status'), fc.oneof({ weight: 3, arbitrary: fc.subarray([...connectionStates], { minLength: 1 }).map((states) => states.join(',')) }, { weight: 1, arbitrary: junk })) },
  { weight: 1, arbitrary: fc.tuple(fc.constant('count'), fc.oneof({ weight: 3, arbitrary: fc.constantFrom('true', 'false') }, { weight: 1, arbitrary: junk })) },
  { weight: 1, arbitrary: fc.tuple(fc.string({ maxLength: 6 }), junk) },
);
const queries = fc.array(entry, { maxLength: 4 });

/** What the rule says the page for `params` holds, when the query is one the schema accepts. */
function expectedQuery(params: URLSearchParams): (ConnectionPageQuery & { count?: boolean }) | undefined {
  const parsed = connectionListQuerySchema.safeParse(Object.fromEntries(params));
  if (!parsed.success || new Set(params.keys()).size !== [...params.keys()].length) return undefined;
  const { limit = connectionPageLimits.default, cursor, q, status, count } = parsed.data;
  const after = cursor === undefined ? undefined : decodeCursor(cursor);
  if (cursor !== undefined && !after) return undefined;
  return { limit, after, q, states: status, count };
}

async function getPage(params: URLSearchParams) {
  const response = await (fuzz as FuzzServer).send('GET', `/connections?${params}`);
  return { status: response.status, body: (await response.json()) as unknown };
}

describe.skipIf(kind === 'postgres' && postgresUnavailable !== undefined)(`GET /api/connections fuzzed on ${kind}: ${fuzzSettings.runs} queries, seed ${fuzzSettings.seed}`, () => {
  it('answers each query string with the page the shared rule makes, or a 422 on what was sent', async () => {
    const server = fuzz as FuzzServer;
    const tables = ['connections', 'oauth_clients'];
    const before = await readRows(server.kysely(), tables);
    const seen = { refused: 0, pages: 0, walked: 0 };
    const property = fc.asyncProperty(queries, async (entries) => {
      const params = new URLSearchParams(entries);
      const answer = await getPage(params);
      const query = expectedQuery(params);
      if (!query) {
        expect(answer.status, `${params}`).toBe(422);
        seen.refused += 1;
        const fields = apiErrorSchema.parse(answer.body).error.fields.map((field) => field.path);
        expect(fields.length).toBeGreaterThan(0);
        for (const field of fields) expect([...params.keys()], `${params}`).toContain(field);
        return;
      }
      let page = connectionPageSchema.parse(answer.body);
      seen.pages += 1;
      let after = query.after;
      // This page and up to three after it, each exactly what the rule gives from where the last ended.
      for (let step = 0; step < 4; step += 1) {
        const expected = pageOf(stored, { ...query, after });
        expect(page.connections.map((connection) => connection.id), `${params} page ${step}`).toEqual(expected.records.map((record) => record.id));
        expect(page.nextCursor !== null, `${params} page ${step}: more`).toBe(expected.more);
        expect(page.total, `${params} page ${step}: total`).toBe(query.count ? countOf(stored, query) : undefined);
        if (!page.nextCursor) return;
        after = expected.records.at(-1);
        seen.walked += 1;
        params.set('cursor', page.nextCursor);
        const next = await getPage(params);
        expect(next.status).toBe(200);
        page = connectionPageSchema.parse(next.body);
      }
    });
    await fc.assert(property, { numRuns: fuzzSettings.runs, seed: fuzzSettings.seed, path: fuzzSettings.path });
    expect(await readRows(server.kysely(), tables), 'no row changed').toEqual(before);
    // Both sides of the schema reached, and cursors followed.
    expect(Math.min(seen.refused, seen.pages, seen.walked), JSON.stringify(seen)).toBeGreaterThan(fuzzSettings.runs / 20);
  }, 300_000);
});
