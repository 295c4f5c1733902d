import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import pg from 'pg';
import { handles, temporaryDataDir, type DisposableTestDatabase } from './handles';

const postgresAdmin = { host: '127.0.0.1', port: 5432, user: 'postgres', database: 'postgres' };

/** Why no PostgreSQL answers at 127.0.0.1:5432, or undefined when one does. */
export async function probePostgres(): Promise<string | undefined> {
  const client = new pg.Client({ ...postgresAdmin, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('select 1');
    return undefined;
  } catch (error) {
    return error instanceof Error && error.message ? error.message : String(error);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** A database of the test's own, `wizard_test_<random>`, dropped by dispose(). */
export async function createPostgres(): Promise<DisposableTestDatabase> {
  const name = `wizard_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(`create database ${name}`);
  const dataDir = temporaryDataDir();
  const target = { kind: 'postgres', url: `postgres://postgres@127.0.0.1:5432/${name}` } as const;
  const { connect, open, closeAll } = handles(target);
  return {
    target,
    dataDir,
    connect,
    open,
    async rawContents() {
      await closeAll();
      if (spawnSync('pg_dump', ['--version']).status === 0) {
        return execFileSync('pg_dump', ['-h', '127.0.0.1', '-U', 'postgres', name], { encoding: 'utf8' });
      }
      return dumpRows(target.url);
    },
    async dispose() {
      await closeAll();
      await dropDatabase(name);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function adminQuery<Row extends object = object>(statement: string): Promise<Row[]> {
  const client = new pg.Client(postgresAdmin);
  await client.connect();
  try {
    return (await client.query<Row>(statement)).rows;
  } finally {
    await client.end();
  }
}

/** Once the closed pools' connections are gone: pg's Pool.end() does not wait for them to close. */
async function dropDatabase(name: string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const [row] = await adminQuery<{ open: string }>(`select count(*) as open from pg_stat_activity where datname = '${name}'`);
    if (row?.open === '0') break;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  await adminQuery(`drop database if exists ${name} with (force)`);
}

/** Without pg_dump: every row of every table of ours, as text. */
async function dumpRows(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const tables = await client.query<{ name: string }>("select tablename as name from pg_tables where schemaname = 'public'");
    const dumps = await Promise.all(tables.rows.map(({ name }) => client.query(`select t::text as row from "${name}" t`)));
    return dumps.flatMap((dump) => dump.rows.map((row: { row: string }) => row.row)).join('\n');
  } finally {
    await client.end();
  }
}
