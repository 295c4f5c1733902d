import SqliteDatabase from 'better-sqlite3';

// Errors that say the database cannot be reached or cannot write now, not that the request was
// wrong: PostgreSQL down, restarting or unreachable; SQLite on a full or read-only disk, or a
// write lock held too long. They answer 503 `unavailable` (the client may try again), not 500.

/** Node's socket errors and pg's own messages when a connection is refused, cut or times out. */
const socketCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);
const pgMessages = [/Connection terminated/i, /timeout exceeded when trying to connect/i, /Client has encountered a connection error/i, /Connection is closed/i];
/** SQLSTATE classes 08 (connection exception) and 57P (operator intervention: shutdown, restart), and 57014 (a statement timeout). */
const pgStates = /^(08\d{3}|57P0[1-4]|57014|53300)$/;
/** SQLite's primary codes for a disk that cannot take the write, or a lock never given up. */
const sqliteCodes = /^SQLITE_(FULL|READONLY|IOERR|CANTOPEN|BUSY|NOMEM|PROTOCOL)/;

export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!(error instanceof Error) || depth > 5) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') {
    if (socketCodes.has(code) || pgStates.test(code)) return true;
    if (error instanceof SqliteDatabase.SqliteError && sqliteCodes.test(code)) return true;
  }
  if (pgMessages.some((pattern) => pattern.test(error.message))) return true;
  const nested = error instanceof AggregateError ? error.errors : [];
  return [error.cause, ...nested].some((inner) => isDatabaseUnavailable(inner, depth + 1));
}

/** What the log may say of it: the code and the database's sentence, which names no value. */
export function unavailableDetail(error: unknown): { readonly error_code: string; readonly error_message: string } {
  const code = error instanceof Error ? (error as { code?: unknown }).code : undefined;
  return { error_code: typeof code === 'string' ? code : 'none', error_message: error instanceof Error ? error.message : String(error) };
}
