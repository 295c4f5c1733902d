import { isIP } from 'node:net';
import path from 'node:path';
import { z } from 'zod/mini';
import { emailSchema, newPasswordSchema } from '../src/features/connections/schema';
import {
  neighborProblem,
  simulatorNeighborSchema,
  simulatorQuotaSchema,
  simulatorSettingExpectations,
  type SimulatorSettings,
} from '../mocks/bigcommerce/http/settings';
import { newPasswordProblem } from './auth/passwordRules';
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
  /** From OWNER_EMAIL and OWNER_PASSWORD: the owner account to create at start if none exists. */
  readonly owner: { readonly email: string; readonly password: string } | undefined;
  /** Proxied calls per API key and minute, on each server. */
  readonly proxyKeyLimitPerMinute: number;
  /** How often each connection is checked in the background (CHECK_INTERVAL), in ms. */
  readonly checkIntervalMs: number;
  /** WEBHOOKS_ALLOW_PRIVATE: http:// and private, loopback and link-local endpoints allowed. */
  readonly webhooksAllowPrivate: boolean;
  /** TRUST_PROXY: how many reverse proxies append to X-Forwarded-For; 0 ignores the header. */
  readonly trustProxy: number;
  /** RATE_LIMIT_PER_MINUTE: requests per client address and minute on /api and /oauth, on each server. */
  readonly rateLimitPerMinute: number;
  /**
   * Used with `--simulate` only: the simulator's port (SIMULATOR_PORT, default PORT + 1; undefined
   * when PORT is 65535 and SIMULATOR_PORT is unset), quota and neighbour.
   */
  readonly simulator: SimulatorSettings & { readonly port: number | undefined };
}

/** `30s`, `15m`, `1h` in ms. */
function durationMs(text: string): number {
  const unit = text.slice(-1);
  return Number(text.slice(0, -1)) * (unit === 's' ? 1000 : unit === 'm' ? 60_000 : 3_600_000);
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

const httpUrl = (originOnly: boolean) => z.string().check(z.refine((text: string) => isHttpUrl(text, { originOnly })));

const port = z.pipe(z.string().check(z.regex(/^\d{1,5}$/)), z.transform(Number)).check(z.refine((value: number) => value >= 1 && value <= 65535));

const variables = z.object({
  HOST: z._default(z.string().check(z.refine((host: string) => isIP(host) !== 0 || hostName.test(host))), '127.0.0.1'),
  PORT: z._default(port, 8080),
  DATA_DIR: z._default(z.string(), './data'),
  DATABASE_URL: z.optional(z.string().check(z.regex(/^postgres(ql)?:\/\//), z.refine((url: string) => URL.canParse(url)))),
  CONNECTIONS_ENCRYPTION_KEY: z.optional(
    z.pipe(
      z.string().check(z.regex(/^[A-Za-z0-9+/]{43}=?$/)),
      z.transform((key: string) => Buffer.from(key, 'base64')),
    ),
  ),
  PUBLIC_URL: z.optional(z.pipe(httpUrl(true), z.transform((text: string) => new URL(text).origin))),
  BIGCOMMERCE_API_URL: z._default(z.pipe(httpUrl(false), z.transform(withoutTrailingSlash)), 'https://api.bigcommerce.com'),
  BIGCOMMERCE_LOGIN_URL: z._default(z.pipe(httpUrl(false), z.transform(withoutTrailingSlash)), 'https://login.bigcommerce.com'),
  OWNER_EMAIL: z.optional(emailSchema),
  OWNER_PASSWORD: z.optional(newPasswordSchema),
  PROXY_KEY_LIMIT_PER_MINUTE: z._default(
    z.pipe(z.string().check(z.regex(/^\d{1,7}$/)), z.transform(Number)).check(z.refine((limit: number) => limit >= 1)),
    600,
  ),
  SIMULATOR_PORT: z.optional(port),
  SIMULATOR_QUOTA: z.optional(simulatorQuotaSchema),
  SIMULATOR_NEIGHBOR: z.optional(simulatorNeighborSchema),
  CHECK_INTERVAL: z._default(
    z.pipe(z.string().check(z.regex(/^\d{1,7}(s|m|h)$/)), z.transform(durationMs)).check(z.refine((ms: number) => ms >= 10_000 && ms <= 7 * 24 * 3_600_000)),
    3_600_000,
  ),
  WEBHOOKS_ALLOW_PRIVATE: z._default(z.pipe(z.enum(['true', 'false']), z.transform((value: 'true' | 'false') => value === 'true')), false),
  TRUST_PROXY: z._default(z.pipe(z.string().check(z.regex(/^\d{1,2}$/)), z.transform(Number)).check(z.refine((hops: number) => hops <= 10)), 0),
  RATE_LIMIT_PER_MINUTE: z._default(
    z.pipe(z.string().check(z.regex(/^\d{1,7}$/)), z.transform(Number)).check(z.refine((limit: number) => limit >= 1)),
    600,
  ),
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
  OWNER_EMAIL: 'an email address such as owner@example.com, set together with OWNER_PASSWORD (or neither: then the server prints a setup link)',
  OWNER_PASSWORD: 'a password of 12 to 256 characters, not a common one and not containing OWNER_EMAIL, set together with OWNER_EMAIL',
  PROXY_KEY_LIMIT_PER_MINUTE: 'a whole number from 1 to 9999999: proxied calls per API key and minute (default 600)',
  CHECK_INTERVAL: 'a duration such as 30s, 15m or 1h, from 10s to 7 days: how often each connection is checked in the background (default 1h)',
  WEBHOOKS_ALLOW_PRIVATE: 'true or false (default false): true also allows http:// and private, loopback and link-local webhook endpoints, for tests and local setups',
  TRUST_PROXY: 'a whole number from 0 to 10: how many reverse proxies in front of the server append to X-Forwarded-For (default 0: the header is ignored)',
  RATE_LIMIT_PER_MINUTE: 'a whole number from 1 to 9999999: requests per client address and minute on /api and /oauth (default 600)',
  SIMULATOR_PORT: 'an integer from 1 to 65535 other than PORT, where --simulate runs the BigCommerce simulator (default PORT + 1)',
  ...simulatorSettingExpectations,
};

// Their values may hold a password or the key itself: a message never repeats them.
const secretVariables: ReadonlySet<Variable> = new Set(['DATABASE_URL', 'CONNECTIONS_ENCRYPTION_KEY', 'OWNER_PASSWORD']);

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
  const owner = ownerOf(values.OWNER_EMAIL, values.OWNER_PASSWORD);
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
    owner,
    proxyKeyLimitPerMinute: values.PROXY_KEY_LIMIT_PER_MINUTE,
    checkIntervalMs: values.CHECK_INTERVAL,
    webhooksAllowPrivate: values.WEBHOOKS_ALLOW_PRIVATE,
    trustProxy: values.TRUST_PROXY,
    rateLimitPerMinute: values.RATE_LIMIT_PER_MINUTE,
    simulator: simulatorOf(values),
  };
}

/** The simulator's port must differ from the server's; its neighbour must fit its quota. */
function simulatorOf(values: z.infer<typeof variables>): ServerConfig['simulator'] {
  const port = values.SIMULATOR_PORT ?? (values.PORT < 65535 ? values.PORT + 1 : undefined);
  const neighbor = values.SIMULATOR_NEIGHBOR ?? 0;
  const problems: string[] = [];
  if (port === values.PORT) problems.push(`SIMULATOR_PORT must be ${expectations.SIMULATOR_PORT} (got "${port}", which is PORT).`);
  const mismatch = neighborProblem(neighbor, values.SIMULATOR_QUOTA);
  if (mismatch) problems.push(mismatch);
  if (problems.length > 0) throw new StartupError(['The server cannot start: bad configuration.', ...problems.map((text) => `- ${text}`)].join('\n'));
  return { port, quota: values.SIMULATOR_QUOTA, neighbor };
}

/** Both or neither, and a password the setup page would accept too. */
function ownerOf(email: string | undefined, password: string | undefined): ServerConfig['owner'] {
  if (email === undefined && password === undefined) return undefined;
  if (email === undefined || password === undefined) {
    throw new StartupError(`The server cannot start: bad configuration.\n- ${email === undefined ? 'OWNER_EMAIL' : 'OWNER_PASSWORD'} must be set too: ${email === undefined ? expectations.OWNER_EMAIL : expectations.OWNER_PASSWORD}.`);
  }
  const problem = newPasswordProblem(password, email);
  if (problem) throw new StartupError(`The server cannot start: OWNER_PASSWORD is refused. ${problem}`);
  return { email, password };
}

/**
 * A warning when other machines can reach the server over plain http: a HOST that is not
 * loopback with a PUBLIC_URL whose host is not loopback either (no TLS proxy in front of it).
 */
export function plainHttpWarning(config: Pick<ServerConfig, 'host' | 'publicUrl'>): string | undefined {
  const url = new URL(config.publicUrl);
  const publicHost = url.hostname.replace(/^\[|\]$/g, '');
  if (isLoopbackHost(config.host) || url.protocol !== 'http:' || isLoopbackHost(publicHost)) return undefined;
  return (
    `HOST is ${config.host} and PUBLIC_URL is ${config.publicUrl}, plain http to another machine: the session cookie, ` +
    'passwords and the connections\' secrets travel in clear. Put the server behind an HTTPS proxy and set PUBLIC_URL to its https:// address.'
  );
}

function problem(name: Variable, value: string | undefined): string {
  const shown = secretVariables.has(name) ? '' : ` (got ${JSON.stringify(value)})`;
  return `- ${name} must be ${expectations[name]}${shown}.`;
}
