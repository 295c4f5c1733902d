import { loadConfig, type ServerConfig } from '../config';
import type { Log } from '../log';
import type { TestDatabase } from './databases';

/** The server's settings for a test database, as the environment would give them. */
export function testConfig(database: TestDatabase, env: Record<string, string> = {}): ServerConfig {
  const databaseUrl = database.target.kind === 'postgres' ? database.target.url : '';
  return loadConfig({ DATA_DIR: database.dataDir, DATABASE_URL: databaseUrl, ...env });
}

/** A Log that keeps what it was told. */
export function recordingLog(): Log & { readonly lines: string[] } {
  const lines: string[] = [];
  return { lines, info: (message) => lines.push(message), warn: (message) => lines.push(message) };
}
