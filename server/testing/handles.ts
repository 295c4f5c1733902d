import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { migrateToLatest } from '../db/migrate';
import { openDatabase, type DatabaseTarget, type ServerDatabase } from '../db/openDatabase';
import type { Log } from '../log';

export interface TestDatabase {
  readonly target: DatabaseTarget;
  /** A temporary folder of the test's own (DATA_DIR; the SQLite file lives in it). */
  readonly dataDir: string;
  /** Another handle on the same database, as a second server would open; closed after the test. */
  connect(): ServerDatabase;
  /** connect(), then migrateToLatest. */
  open(): Promise<ServerDatabase>;
  /** Closes every handle, then gives what a thief would see: the SQLite files' bytes, or a pg_dump. */
  rawContents(): Promise<string>;
}

export interface DisposableTestDatabase extends TestDatabase {
  dispose(): Promise<void>;
}

const quiet: Log = { info: () => undefined, warn: () => undefined };

export function temporaryDataDir(): string {
  return mkdtempSync(path.join(os.tmpdir(), 'wizard-test-'));
}

/** Opens handles on `target` and closes them all at once. */
export function handles(target: DatabaseTarget) {
  const opened: ServerDatabase[] = [];
  const connect = () => {
    const database = openDatabase(target, quiet);
    opened.push(database);
    return database;
  };
  return {
    connect,
    async open() {
      const database = connect();
      await migrateToLatest(database);
      return database;
    },
    async closeAll() {
      await Promise.all(opened.splice(0).map((database) => database.close()));
    },
  };
}
