// @vitest-environment node
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig, plainHttpWarning } from './config';
import { StartupError } from './startupError';

const cwd = '/srv/wizard';
const key = Buffer.alloc(32, 7).toString('base64');

function failure(env: Record<string, string>): string {
  try {
    loadConfig(env, cwd);
  } catch (error) {
    expect(error).toBeInstanceOf(StartupError);
    return (error as Error).message;
  }
  throw new Error('loadConfig accepted the environment');
}

describe('loadConfig', () => {
  it('has a default for everything', () => {
    expect(loadConfig({}, cwd)).toEqual({
      host: '127.0.0.1',
      port: 8080,
      dataDir: path.join(cwd, 'data'),
      database: { kind: 'sqlite', file: path.join(cwd, 'data', 'wizard.sqlite') },
      encryptionKey: undefined,
      publicUrl: 'http://127.0.0.1:8080',
      bigcommerceApiUrl: 'https://api.bigcommerce.com',
      bigcommerceLoginUrl: 'https://login.bigcommerce.com',
      owner: undefined,
      proxyKeyLimitPerMinute: 600,
      checkIntervalMs: 3_600_000,
      webhooksAllowPrivate: false,
      trustProxy: 0,
      rateLimitPerMinute: 600,
      simulator: { port: 8081, quota: undefined, neighbor: 0 },
    });
  });

  it('reads every variable', () => {
    const config = loadConfig(
      {
        HOST: '::1',
        PORT: '9000',
        DATA_DIR: '/var/lib/wizard',
        DATABASE_URL: 'postgres://wizard:pw@db.internal:5432/wizard',
        CONNECTIONS_ENCRYPTION_KEY: key,
        BIGCOMMERCE_API_URL: 'http://127.0.0.1:9100/',
        BIGCOMMERCE_LOGIN_URL: 'http://127.0.0.1:9101',
        PROXY_KEY_LIMIT_PER_MINUTE: '120',
        CHECK_INTERVAL: '15m',
        WEBHOOKS_ALLOW_PRIVATE: 'true',
        TRUST_PROXY: '2',
        RATE_LIMIT_PER_MINUTE: '5',
      },
      cwd,
    );
    expect(config).toMatchObject({
      host: '::1',
      port: 9000,
      dataDir: '/var/lib/wizard',
      database: { kind: 'postgres', url: 'postgres://wizard:pw@db.internal:5432/wizard' },
      publicUrl: 'http://[::1]:9000',
      bigcommerceApiUrl: 'http://127.0.0.1:9100',
      bigcommerceLoginUrl: 'http://127.0.0.1:9101',
      proxyKeyLimitPerMinute: 120,
      checkIntervalMs: 900_000,
      webhooksAllowPrivate: true,
      trustProxy: 2,
      rateLimitPerMinute: 5,
    });
    expect(config.encryptionKey).toEqual(Buffer.alloc(32, 7));
    expect(loadConfig({ PUBLIC_URL: 'https://wizard.example.com/' }, cwd).publicUrl).toBe('https://wizard.example.com');
  });

  it('reads the simulator’s port, quota and neighbour (SIMULATOR_PORT, SIMULATOR_QUOTA, SIMULATOR_NEIGHBOR)', () => {
    expect(loadConfig({ PORT: '9000' }, cwd).simulator).toEqual({ port: 9001, quota: undefined, neighbor: 0 });
    expect(loadConfig({ SIMULATOR_PORT: '4010', SIMULATOR_QUOTA: '20/1000', SIMULATOR_NEIGHBOR: '5' }, cwd).simulator).toEqual({
      port: 4010,
      quota: { requests: 20, windowMs: 1000 },
      neighbor: 5,
    });
    expect(loadConfig({ SIMULATOR_PORT: '', SIMULATOR_QUOTA: '', SIMULATOR_NEIGHBOR: '' }, cwd).simulator).toEqual({ port: 8081, quota: undefined, neighbor: 0 });
    // PORT + 1 does not exist: only --simulate needs it, and says so (server/simulate.ts).
    expect(loadConfig({ PORT: '65535' }, cwd).simulator.port).toBeUndefined();
  });

  it('refuses a simulator on the server’s own port, and a neighbour larger than the quota', () => {
    expect(failure({ PORT: '9000', SIMULATOR_PORT: '9000' })).toContain('SIMULATOR_PORT must be an integer from 1 to 65535 other than PORT');
    expect(failure({ SIMULATOR_QUOTA: '20/1000', SIMULATOR_NEIGHBOR: '25' })).toContain("SIMULATOR_NEIGHBOR (25) must be at most the quota's 20 requests per window");
    expect(failure({ SIMULATOR_NEIGHBOR: '151' })).toContain("at most the quota's 150 requests per window");
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ PORT: '', CONNECTIONS_ENCRYPTION_KEY: '', DATABASE_URL: '' }, cwd)).toMatchObject({ port: 8080, encryptionKey: undefined, database: { kind: 'sqlite' } });
  });

  it.each([
    ['PORT', 'abc', 'an integer from 1 to 65535'],
    ['PORT', '70000', 'an integer from 1 to 65535'],
    ['HOST', 'not a host!', 'an IP address or host name'],
    ['PUBLIC_URL', 'https://wizard.example.com/app', 'origin without a path'],
    ['PUBLIC_URL', 'ftp://wizard.example.com', 'an http:// or https:// origin'],
    ['BIGCOMMERCE_API_URL', 'api.bigcommerce.com', 'an http:// or https:// URL'],
    ['BIGCOMMERCE_LOGIN_URL', 'https://login.bigcommerce.com/?x=1', 'an http:// or https:// URL'],
    ['DATABASE_URL', 'mysql://root@localhost/db', 'a postgres:// or postgresql:// URL'],
    ['PROXY_KEY_LIMIT_PER_MINUTE', '0', 'a whole number from 1'],
    ['PROXY_KEY_LIMIT_PER_MINUTE', 'lots', 'a whole number from 1'],
    ['CHECK_INTERVAL', '5s', 'a duration such as 30s, 15m or 1h, from 10s'],
    ['CHECK_INTERVAL', 'hourly', 'a duration such as 30s, 15m or 1h'],
    ['WEBHOOKS_ALLOW_PRIVATE', 'yes', 'true or false'],
    ['TRUST_PROXY', '11', 'a whole number from 0 to 10'],
    ['TRUST_PROXY', '-1', 'a whole number from 0 to 10'],
    ['TRUST_PROXY', 'true', 'a whole number from 0 to 10'],
    ['RATE_LIMIT_PER_MINUTE', '0', 'a whole number from 1 to 9999999'],
    ['RATE_LIMIT_PER_MINUTE', '1.5', 'a whole number from 1 to 9999999'],
    ['SIMULATOR_PORT', '0', 'an integer from 1 to 65535 other than PORT'],
    ['SIMULATOR_PORT', 'next', 'an integer from 1 to 65535 other than PORT'],
    ['SIMULATOR_QUOTA', '150', "every store's quota as REQUESTS/WINDOW_MS, such as 20/1000"],
    ['SIMULATOR_QUOTA', '0/1000', "every store's quota as REQUESTS/WINDOW_MS"],
    ['SIMULATOR_NEIGHBOR', 'some', 'a whole number of requests per window'],
  ])('names %s and what it expects when it is %j', (name, value, expected) => {
    const message = failure({ [name]: value });
    expect(message).toContain(`${name} must be`);
    expect(message).toContain(expected);
  });

  it('never repeats a bad key or database URL, which may be secrets', () => {
    const badKey = Buffer.alloc(16, 9).toString('base64');
    const message = failure({ CONNECTIONS_ENCRYPTION_KEY: badKey, DATABASE_URL: 'mysql://root:hunter2@db/x' });
    expect(message).toContain('CONNECTIONS_ENCRYPTION_KEY must be the base64 of 32 random bytes');
    expect(message).toContain('DATABASE_URL must be');
    expect(message).not.toContain(badKey);
    expect(message).not.toContain('hunter2');
  });

  it('names every bad variable at once', () => {
    const message = failure({ PORT: '0', BIGCOMMERCE_API_URL: 'nope' });
    expect(message).toContain('PORT must be');
    expect(message).toContain('BIGCOMMERCE_API_URL must be');
  });

  it.each(['127.0.0.1', '127.1.2.3', '::1', 'localhost', 'LOCALHOST', '::ffff:127.0.0.1'])('listens on loopback %s with no warning', (host) => {
    const config = loadConfig({ HOST: host }, cwd);
    expect(config.host).toBe(host);
    expect(plainHttpWarning(config)).toBeUndefined();
  });

  it.each(['0.0.0.0', '::', '192.168.1.10', 'wizard.example.com', '128.0.0.1'])('listens on %s now that sign-in exists, warning of plain http to another machine', (host) => {
    const config = loadConfig({ HOST: host }, cwd);
    expect(config.host).toBe(host);
    expect(plainHttpWarning(config)).toContain(`HOST is ${host}`);
    expect(plainHttpWarning(config)).toContain('travel in clear');
    expect(plainHttpWarning(loadConfig({ HOST: host, PUBLIC_URL: 'http://wizard.example.com' }, cwd))).toContain('travel in clear');
  });

  it('does not warn behind HTTPS, nor when PUBLIC_URL is loopback (an SSH tunnel, a proxy on this machine)', () => {
    expect(plainHttpWarning(loadConfig({ HOST: '0.0.0.0', PUBLIC_URL: 'https://wizard.example.com' }, cwd))).toBeUndefined();
    expect(plainHttpWarning(loadConfig({ HOST: '0.0.0.0', PUBLIC_URL: 'http://127.0.0.1:8080' }, cwd))).toBeUndefined();
    expect(plainHttpWarning(loadConfig({ HOST: '::', PUBLIC_URL: 'http://[::1]:8080' }, cwd))).toBeUndefined();
  });

  it('reads OWNER_EMAIL and OWNER_PASSWORD, both or neither, with the setup page’s rules, never repeating the password', () => {
    const password = 'lantern quietly sheds 7 moths';
    expect(loadConfig({ OWNER_EMAIL: ' Owner@Example.com ', OWNER_PASSWORD: password }, cwd).owner).toEqual({ email: 'owner@example.com', password });
    expect(failure({ OWNER_EMAIL: 'owner@example.com' })).toContain('OWNER_PASSWORD must be set too');
    expect(failure({ OWNER_PASSWORD: password })).toContain('OWNER_EMAIL must be set too');
    for (const [bad, reason] of [
      ['short-pass1', 'OWNER_PASSWORD must be'],
      ['qwertyuiop123456', 'common passwords'],
      ['my-owner-password-2026', 'does not contain your email'],
    ] as const) {
      const message = failure({ OWNER_EMAIL: 'owner@example.com', OWNER_PASSWORD: bad });
      expect(message, bad).toContain(reason);
      expect(message, bad).not.toContain(bad);
    }
    expect(failure({ OWNER_EMAIL: 'not-an-email', OWNER_PASSWORD: password })).toContain('OWNER_EMAIL must be');
  });
});
