/**
 * True when `error` is a unique-index violation on `table.column`, from either driver:
 * better-sqlite3 (SQLITE_CONSTRAINT_UNIQUE, naming the column) or pg (23505, naming the index,
 * which migrations call `{table}_{column}_unique`).
 */
export function isUniqueViolation(error: unknown, table: string, column: string): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, constraint, message } = error as { code?: unknown; constraint?: unknown; message?: unknown };
  if (code === '23505') return constraint === uniqueIndexName(table, column);
  return code === 'SQLITE_CONSTRAINT_UNIQUE' && typeof message === 'string' && message.includes(`${table}.${column}`);
}

export function uniqueIndexName(table: string, column: string): string {
  return `${table}_${column}_unique`;
}
