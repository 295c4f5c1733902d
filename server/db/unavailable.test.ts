// @vitest-environment node
import SqliteDatabase from 'better-sqlite3';
import { expect, it } from 'vitest';
import { isDatabaseUnavailable, unavailableDetail } from './unavailable';

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });

it('knows a database that cannot be reached or written from a request that went wrong', () => {
  const sqlite = (code: string) => new SqliteDatabase.SqliteError('disk trouble', code);
  const unavailable = [
    withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED'),
    withCode('terminating connection due to administrator command', '57P01'),
    withCode('the database system is shutting down', '57P03'),
    withCode('canceling statement due to statement timeout', '57014'),
    new Error('Connection terminated unexpectedly'),
    new Error('Connection terminated due to connection timeout'),
    new AggregateError([withCode('connect ECONNREFUSED ::1:5432', 'ECONNREFUSED')], ''),
    new Error('Database migration failed', { cause: withCode('refused', 'ECONNREFUSED') }),
    sqlite('SQLITE_FULL'),
    sqlite('SQLITE_READONLY_DBMOVED'),
    sqlite('SQLITE_IOERR_WRITE'),
  ];
  const bugs = [
    withCode('duplicate key value violates unique constraint', '23505'),
    withCode('column "action" does not exist', '42703'),
    sqlite('SQLITE_CONSTRAINT_UNIQUE'),
    new TypeError('Cannot read properties of undefined'),
    withCode('not an Error', 'ECONNREFUSED').message,
  ];
  expect(unavailable.map((error) => isDatabaseUnavailable(error))).toEqual(unavailable.map(() => true));
  expect(bugs.map((error) => isDatabaseUnavailable(error))).toEqual(bugs.map(() => false));
  expect(unavailableDetail(sqlite('SQLITE_FULL'))).toEqual({ error_code: 'SQLITE_FULL', error_message: 'disk trouble' });
});
