// @vitest-environment node
// The API fuzzed (issue 25): generated bodies to every route that takes one, on the server over
// HTTP on the database of this Vitest project (api-sqlite, api-postgres). docs/testing.md says
// what it sends, how many, and how to replay a failure.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { postgresUnavailable } from '../testing/databases';
import { fuzzRoute, fuzzSettings, startFuzzServer, tallyLine, type FuzzServer } from './harness';
import { fuzzRoutes } from './routes';

// As mocks/backend/testing.ts declares it (the server's type check does not read that file).
declare module 'vitest' {
  export interface ProvidedContext {
    apiBackend: 'embedded' | 'sqlite' | 'postgres';
  }
}

const kind = inject('apiBackend');
if (kind !== 'sqlite' && kind !== 'postgres') throw new Error('server/fuzz runs in the api-sqlite and api-postgres projects (vite.config.ts).');

let withOwner: FuzzServer | undefined;
let withoutOwner: FuzzServer | undefined;
beforeAll(async () => {
  if (kind === 'postgres' && postgresUnavailable) return;
  [withOwner, withoutOwner] = await Promise.all([startFuzzServer(kind), startFuzzServer(kind, false)]);
}, 60_000);
afterAll(async () => {
  await withOwner?.server.close();
  await withoutOwner?.server.close();
});

describe.skipIf(kind === 'postgres' && postgresUnavailable !== undefined)(`the API fuzzed on ${kind}: ${fuzzSettings.runs} bodies a route, seed ${fuzzSettings.seed}`, () => {
  for (const route of fuzzRoutes) {
    it(route.title, async ({ annotate }) => {
      const tally = await fuzzRoute((route.withoutOwner ? withoutOwner : withOwner)!, route);
      const seen = `answers seen: ${tallyLine(tally)}`;
      await annotate(seen);
      const statuses = [...tally.keys()];
      expect(statuses.some((status) => status < 300), `some bodies are accepted (${seen})`).toBe(true);
      expect(statuses.some((status) => status === 422), `some are refused on a field (${seen})`).toBe(true);
    }, 300_000);
  }
});
