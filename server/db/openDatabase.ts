import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import SqliteDatabase from 'better-sqlite3';
import {
  CompiledQuery,
  Kysely,
  PostgresDialect,
  SqliteAdapter,
  SqliteDialect,
  SqliteDriver,
  type DatabaseConnection,
  type SqliteDialectConfig,
  type SqliteDatabase as KyselySqliteDatabase,
} from 'kysely';
import pg from 'pg';
import type { Log } from '../log';
import type { Tables } from './tables';

/** How long a write waits for another writer's lock on SQLite before it fails. */
const LOCK_WAIT_MS = 5000;

export type DatabaseTarget = { readonly kind: 'sqlite'; readonly file: string } | { readonly kind: 'postgres'; readonly url: string };

export interface ServerDatabase {
  readonly kysely: Kysely<Tables>;
  readonly dialect: DatabaseTarget['kind'];
  /** Closes the connections (SQLite also checkpoints its write-ahead log into the file). */
  close(): Promise<void>;
}

/** Opens (creating the SQLite file and its folder if needed); apply migrateToLatest before use. */
export function openDatabase(target: DatabaseTarget, log: Log): ServerDatabase {
  const dialect = target.kind === 'sqlite' ? sqliteDialect(target.file) : postgresDialect(target.url, log);
  const kysely = new Kysely<Tables>({ dialect });
  return { kysely, dialect: target.kind, close: () => kysely.destroy() };
}

function sqliteDialect(file: string): SqliteDialect {
  // Opened at the first query, so that close() (which does nothing before it) never leaves it open.
  const database = async () => {
    mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    const sqlite = new SqliteDatabase(file);
    sqlite.pragma('journal_mode = WAL');
    // Another process (the rotate-key command, a second server) waits for the lock instead of failing.
    sqlite.pragma(`busy_timeout = ${LOCK_WAIT_MS}`);
    return withStatementCache(sqlite);
  };
  return new ImmediateSqliteDialect({ database });
}

/** How many prepared statements are kept: the queries the server sends, with room for a search's IN lists. */
const STATEMENTS_KEPT = 256;

// Kysely's SQLite driver prepares every statement it runs; preparing costs more than running a
// small query, so the statements are kept by their SQL, the least recently used dropped first.
// One connection runs one query at a time (Kysely's mutex), so a kept statement is never busy.
export function withStatementCache(sqlite: SqliteDatabase.Database): KyselySqliteDatabase {
  const kept = new Map<string, SqliteDatabase.Statement>();
  return {
    close: () => {
      kept.clear();
      sqlite.close();
    },
    prepare(sql: string) {
      let statement = kept.get(sql);
      if (statement) kept.delete(sql);
      else statement = sqlite.prepare(sql);
      kept.set(sql, statement);
      if (kept.size > STATEMENTS_KEPT) kept.delete(kept.keys().next().value as string);
      return statement;
    },
  };
}

// A deferred transaction that reads and then writes fails at once (SQLITE_BUSY) when another
// process wrote in between; taking the write lock at `begin` makes it wait its turn instead.
// SQLite's DDL is transactional, which Kysely's adapter does not claim: claiming it makes the
// Migrator apply migrations inside one transaction, as it does on PostgreSQL.
class ImmediateSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;
  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#config = config;
  }
  override createDriver(): SqliteDriver {
    return new ImmediateTransactionDriver(this.#config);
  }
  override createAdapter(): SqliteAdapter {
    return new TransactionalDdlSqliteAdapter();
  }
}

class TransactionalDdlSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

// SQLite waits for another writer's lock by sleeping inside the call, which stops this process's
// event loop: a writer holding the lock in this same process (a second handle, as when tests run
// two servers in one process) could then never finish. `begin` waits with timers instead.
class ImmediateTransactionDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('pragma busy_timeout = 0'));
    try {
      const deadline = Date.now() + LOCK_WAIT_MS;
      for (let pause = 2; ; pause = Math.min(pause * 2, 50)) {
        try {
          await connection.executeQuery(CompiledQuery.raw('begin immediate'));
          return;
        } catch (error) {
          if (!isBusy(error) || Date.now() >= deadline) throw error;
        }
        await sleep(pause);
      }
    } finally {
      await connection.executeQuery(CompiledQuery.raw(`pragma busy_timeout = ${LOCK_WAIT_MS}`));
    }
  }

  override async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    try {
      await super.rollbackTransaction(connection);
    } catch (error) {
      if (!alreadyRolledBack(error)) throw error;
    }
  }
}

// On a full disk or an I/O error SQLite rolls the transaction back itself; Kysely's rollback after
// it would fail ("no transaction is active") and hide the error that says why.
const alreadyRolledBack = (error: unknown) => error instanceof SqliteDatabase.SqliteError && /no transaction is active/.test(error.message);

const isBusy = (error: unknown) => error instanceof SqliteDatabase.SqliteError && error.code === 'SQLITE_BUSY';

/** How long connecting to PostgreSQL may take, and one statement may run, before the request gets a 503. */
const CONNECT_TIMEOUT_MS = 1000;
const STATEMENT_TIMEOUT_MS = 15_000;

class QuickConnectClient extends pg.Client {
  constructor(config: pg.ClientConfig = {}) {
    super({ ...config, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  }
}

function postgresDialect(url: string, log: Log): PostgresDialect {
  // int8 (our ms timestamps) arrives as a string by default; these values fit a double exactly.
  const types: pg.CustomTypesConfig = {
    getTypeParser: (oid, format) => (oid === pg.types.builtins.INT8 ? Number : pg.types.getTypeParser(oid, format)),
  };
  // A PostgreSQL that is down refuses at once, but one that is unreachable would hold a request
  // for the whole connect: the connect is bounded here (not the wait for a free client, which a
  // burst of requests may need), and a statement that hangs is ended by PostgreSQL itself.
  const pool = new pg.Pool({ connectionString: url, max: 10, types, Client: QuickConnectClient, statement_timeout: STATEMENT_TIMEOUT_MS });
  // An idle connection that PostgreSQL closed (a restart, a network cut) is an 'error' event on
  // the pool, which would end the process unheard; the pool drops it and connects again on demand.
  pool.on('error', (error) => log.warn(`PostgreSQL closed an idle connection (${error.message}); the next query opens a new one.`));
  return new PostgresDialect({ pool });
}
