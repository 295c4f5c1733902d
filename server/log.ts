// One JSON object per line on stdout: what a log collector reads. Callers pass only what may be
// logged (never a body, a secret, or a query string).

export type LogFields = Record<string, string | number | boolean | undefined>;

export interface Logger {
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
}

export function createLogger(write: (line: string) => void = (line) => process.stdout.write(`${line}\n`)): Logger {
  const entry = (level: string) => (event: string, fields: LogFields = {}) =>
    write(JSON.stringify({ time: new Date().toISOString(), level, message: event, ...fields }));
  return { info: entry('info'), warn: entry('warn'), error: entry('error') };
}

/** A logger that keeps its lines, for tests. */
export function memoryLogger(): Logger & { readonly lines: string[] } {
  const lines: string[] = [];
  return { ...createLogger((line) => lines.push(line)), lines };
}

/** What storage and key custody log through: a sentence each. */
export type Log = Pick<Logger, 'info' | 'warn'>;
