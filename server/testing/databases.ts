// Both backends for the server's tests: SQLite in a temporary folder, and PostgreSQL in a database
// of the test's own on 127.0.0.1:5432, created before each test and dropped after it. When no
// PostgreSQL answers, its tests are skipped with a warning (the one skip allowed), or fail with
// CI=true.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe } from 'vitest';
import { handles, temporaryDataDir, type DisposableTestDatabase, type TestDatabase } from './handles';
import { createPostgres, probePostgres } from './postgres';

export type { TestDatabase } from './handles';

const postgresProblem = await probePostgres();
const postgresRequired = process.env.CI === 'true';
if (postgresProblem && !postgresRequired) {
  console.warn(
    `PostgreSQL tests skipped: no PostgreSQL answered at 127.0.0.1:5432 as user postgres (${postgresProblem}). ` +
      'Start it (pg_ctlcluster --skip-systemctl-redirect 15 main start) to run them; with CI=true they fail instead.',
  );
}

const backends = [
  { name: 'SQLite', skipped: false, create: createSqlite },
  {
    name: 'PostgreSQL',
    skipped: postgresProblem !== undefined && !postgresRequired,
    create: async () => {
      if (postgresProblem) throw new Error(`PostgreSQL is required with CI=true, but none answered at 127.0.0.1:5432: ${postgresProblem}`);
      return createPostgres();
    },
  },
];

/** Declares the suite once per backend; `database()` is the current test's fresh database. */
export function describeEachDatabase(title: string, suite: (database: () => TestDatabase) => void): void {
  for (const backend of backends) {
    describe.skipIf(backend.skipped)(`${title} (${backend.name})`, () => {
      let current: DisposableTestDatabase | undefined;
      beforeEach(async () => {
        current = await backend.create();
      });
      afterEach(async () => {
        await current?.dispose();
        current = undefined;
      });
      suite(() => {
        if (!current) throw new Error('database() is for use inside a test');
        return current;
      });
    });
  }
}

/** Why PostgreSQL tests cannot run here, or undefined; with CI=true there is no such excuse. */
export const postgresUnavailable = postgresRequired ? undefined : postgresProblem;

/** A fresh database of the kind asked for, for a whole suite (the API suite over HTTP). */
export function createTestDatabase(kind: 'sqlite' | 'postgres'): Promise<DisposableTestDatabase> {
  return kind === 'sqlite' ? createSqlite() : (backends[1] as (typeof backends)[number]).create();
}

async function createSqlite(): Promise<DisposableTestDatabase> {
  const dataDir = temporaryDataDir();
  const file = path.join(dataDir, 'wizard.sqlite');
  const { connect, open, closeAll } = handles({ kind: 'sqlite', file });
  return {
    target: { kind: 'sqlite', file },
    dataDir,
    connect,
    open,
    async rawContents() {
      await closeAll();
      // latin1 maps every byte to one character, so a search for ASCII text finds it anywhere.
      return [file, `${file}-wal`].filter(existsSync).map((name) => readFileSync(name).toString('latin1')).join('');
    },
    async dispose() {
      await closeAll();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
