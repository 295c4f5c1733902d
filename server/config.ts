import { isIP } from 'node:net';
import path from 'node:path';
import { z } from 'zod';
import type { DatabaseTarget } from './db/openDatabase';
import { isLoopbackHost } from './loopback';
import { StartupError } from './startupError';

export interface ServerConfig {
  readonly host: string;
  readonly port: number;
  /** Absolute. */
  readonly dataDir: string;
  readonly database: DatabaseTarget;
  /** From CONNECTIONS_ENCRYPTION_KEY; undefined means the key file in `dataDir`. */
  readonly encryptionKey: Buffer | undefined;
  /** An origin, no trailing slash. */
  readonly publicUrl: string;
  /** No trailing slash. */
  readonly bigcommerceApiUrl: string;
  readonly bigcommerceLoginUrl: string;
}

const hostName = /^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/i;
/** http(s), no credentials, query or fragment; with `originOnly`, no path either. */
function isHttpUrl(text: string, { originOnly }: { originOnly: boolean }): boolean {
  if (!URL.canParse(text)) return false;
  const url = new URL(text);
  const plain = !url.username && !url.password && !url.search && !url.hash;
  return ['http:', 'https:'].includes(url.protocol) && plain && (!originOnly || url.pathname === '/');
}
const withoutTrailingSlash = (text: string) => text.replace(/\/+$/, '');

const variables = z.object({
  HOST: z.string().refine((host) => isIP(host) !== 0 || hostName.test(host)).default('127.0.0.1'),
  PORT: z.string().regex(/^\d{1,5}$/).transform(Number).refine((port) => port >= 1 && port <= 65535).default(8080),
  DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//).refine((url) => URL.canParse(url)).optional(),
  CONNECTIONS_ENCRYPTION_KEY: z
    .string()
    .regex(/^[A-Za-z0-9+/]{43}=?$/)
    .transform((key) => Buffer.from(key, 'base64'))
    .optional(),
  PUBLIC_URL: z
    .string()
    .refine((text) => isHttpUrl(text, { originOnly: true }))
    .transform((text) => new URL(text).origin)
    .optional(),
  BIGCOMMERCE_API_URL: z
    .string()
    .refine((text) => isHttpUrl(text, { originOnly: false }))
    .transform(withoutTrailingSlash)
    .default('https://api.bigcommerce.com'),
  BIGCOMMERCE_LOGIN_URL: z
    .string()
    .refine((text) => isHttpUrl(text, { originOnly: false }))
    .transform(withoutTrailingSlash)
    .default('https://login.bigcommerce.com'),
});

type Variable = keyof typeof variables.shape;

const expectations: Record<Variable, string> = {
  HOST: 'an IP address or host name of this machine (default 127.0.0.1)',
  PORT: 'an integer from 1 to 65535 (default 8080)',
  DATA_DIR: 'a directory path (default ./data)',
  DATABASE_URL: 'a postgres:// or postgresql:// URL, or unset for SQLite in DATA_DIR',
  CONNECTIONS_ENCRYPTION_KEY:
    'the base64 of 32 random bytes (for example from `openssl rand -base64 32`), or unset for a key generated into DATA_DIR',
  PUBLIC_URL: 'an http:// or https:// origin without a path, such as https://wizard.example.com (default http://HOST:PORT)',
  BIGCOMMERCE_API_URL: 'an http:// or https:// URL without query or credentials (default https://api.bigcommerce.com)',
  BIGCOMMERCE_LOGIN_URL: 'an http:// or https:// URL without query or credentials (default https://login.bigcommerce.com)',
};

// Their values may hold a password or the key itself: a message never repeats them.
const secretVariables: ReadonlySet<Variable> = new Set(['DATABASE_URL', 'CONNECTIONS_ENCRYPTION_KEY']);

/**
 * Reads the server's settings from environment variables. Throws a StartupError naming every bad
 * variable and what it expects. An empty variable counts as unset.
 */
export function loadConfig(env: Readonly<Record<string, string | undefined>>, cwd = process.cwd()): ServerConfig {
  const given = Object.fromEntries(
    Object.keys(variables.shape).flatMap((name) => (env[name] ? [[name, env[name]]] : [])),
  ) as Partial<Record<Variable, string>>;
  const parsed = variables.safeParse(given);
  if (!parsed.success) {
    const names = [...new Set(parsed.error.issues.map((issue) => issue.path[0] as Variable))];
    throw new StartupError(['The server cannot start: bad configuration.', ...names.map((name) => problem(name, given[name]))].join('\n'));
  }
  const values = parsed.data;
  if (!isLoopbackHost(values.HOST)) {
    throw new StartupError(
      `The server cannot start: HOST is ${values.HOST}, which other machines can reach. The server has no sign-in yet, ` +
        'so anyone who reaches it could read and use the stored connections. It listens only on loopback ' +
        '(127.0.0.1, ::1 or localhost); unset HOST or set it to one of those.',
    );
  }
  const dataDir = path.resolve(cwd, values.DATA_DIR);
  const hostInUrl = isIP(values.HOST) === 6 ? `[${values.HOST}]` : values.HOST;
  return {
    host: values.HOST,
    port: values.PORT,
    dataDir,
    database: values.DATABASE_URL
      ? { kind: 'postgres', url: values.DATABASE_URL }
      : { kind: 'sqlite', file: path.join(dataDir, 'wizard.sqlite') },
    encryptionKey: values.CONNECTIONS_ENCRYPTION_KEY,
    publicUrl: values.PUBLIC_URL ?? `http://${hostInUrl}:${values.PORT}`,
    bigcommerceApiUrl: values.BIGCOMMERCE_API_URL,
    bigcommerceLoginUrl: values.BIGCOMMERCE_LOGIN_URL,
  };
}

function problem(name: Variable, value: string | undefined): string {
  const shown = secretVariables.has(name) ? '' : ` (got ${JSON.stringify(value)})`;
  return `- ${name} must be ${expectations[name]}${shown}.`;
}
