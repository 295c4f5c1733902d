import type { BackendPorts } from '../core/ports';
import type { ServerConfig } from './config';
import { migrateToLatest } from './db/migrate';
import { changeRecorder, type ChangeRecorder } from './events/changeRecorder';
import { openDatabase, type ServerDatabase } from './db/openDatabase';
import { createSecretCipher } from './keys/cipher';
import { openEncryptionKey, type HeldKey } from './keys/custody';
import type { Log } from './log';
import { claimLease, type LeaseKind, type ProcessLease } from './processLease';
import { sqlAuthorizationRepository } from './storage/authorizations';
import { sqlConnectionRepository } from './storage/connections';
import { sqlIdempotencyRepository } from './storage/idempotency';
import { sqlOAuthClientRepository } from './storage/oauthClients';

export interface ServerStorage extends HeldKey {
  readonly ports: BackendPorts;
  readonly database: ServerDatabase;
  /** Called when a change has written webhook deliveries (the delivery loop listens). */
  onDeliveriesWritten(listener: () => void): void;
  close(): Promise<void>;
}

/**
 * Opens the database, applies pending migrations and checks the encryption key against the data
 * (throwing a StartupError when it cannot start), claims the process's lease if asked (processLease.ts), then gives the ports the API's rules run on.
 */
export async function openServerStorage(
  config: Pick<ServerConfig, 'database' | 'dataDir' | 'encryptionKey' | 'checkIntervalMs'>,
  log: Log,
  options: { readonly lease?: LeaseKind } = {},
): Promise<ServerStorage> {
  const database = openDatabase(config.database, log);
  let lease: ProcessLease | undefined;
  try {
    await migrateToLatest(database);
    // Before the key is opened: a start during a rotation must not touch its key files.
    if (options.lease) lease = await claimLease(database, options.lease, log);
    const held = await openEncryptionKey(config, database.kysely, log);
    const listeners: (() => void)[] = [];
    const recordChange = changeRecorder(Date.now, { wake: () => listeners.forEach((listener) => listener()), checkIntervalMs: config.checkIntervalMs });
    return {
      ...held,
      database,
      ports: storagePorts(database, held, recordChange),
      onDeliveriesWritten: (listener) => void listeners.push(listener),
      async close() {
        await lease?.release().catch((error: unknown) => log.warn(`Could not remove this process's lease (${error instanceof Error ? error.message : String(error)}); it lapses by itself.`));
        await database.close();
      },
    };
  } catch (error) {
    await lease?.release().catch(() => undefined);
    await database.close();
    throw error;
  }
}

export function storagePorts(database: ServerDatabase, { key }: Pick<HeldKey, 'key'>, recordChange?: ChangeRecorder): BackendPorts {
  return {
    connections: sqlConnectionRepository(database, recordChange),
    oauthClients: sqlOAuthClientRepository(database),
    authorizations: sqlAuthorizationRepository(database),
    idempotency: sqlIdempotencyRepository(database),
    cipher: createSecretCipher(key),
  };
}
