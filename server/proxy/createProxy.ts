import type { BackendDeps } from '../../core/deps';
import { memoryBudget, type StoreBudget } from '../../core/proxy/budget';
import { createStoreGate } from '../../core/proxy/storeGate';
import type { ServerDatabase } from '../db/openDatabase';
import { sqlApiKeyRepository } from '../storage/apiKeys';
import type { ProxyContext } from './context';
import { perKeyLimit } from './keyLimit';
import { sharedBudget } from './sharedBudget';
import { createUsageCounter } from './usageCounter';

export const DEFAULT_UPSTREAM_TIMEOUT_MS = 30_000;

export interface ProxySettings {
  readonly apiUrl: string;
  readonly keyLimitPerMinute: number;
  readonly upstreamTimeoutMs?: number;
}

/**
 * The proxy's parts for one server. Each store's budget lives in PostgreSQL when servers may share
 * it, and in this process on SQLite, which one server has to itself.
 */
export function createProxy(database: ServerDatabase, deps: BackendDeps, settings: ProxySettings): ProxyContext & { close(): Promise<void> } {
  const apiKeys = sqlApiKeyRepository(database);
  const budget: StoreBudget = database.dialect === 'postgres' ? sharedBudget(database) : memoryBudget();
  const gate = createStoreGate(budget);
  const usage = createUsageCounter(database, apiKeys);
  return {
    deps,
    apiKeys,
    apiUrl: settings.apiUrl,
    budget,
    gate,
    usage,
    keyLimit: perKeyLimit(settings.keyLimitPerMinute),
    keyLimitPerMinute: settings.keyLimitPerMinute,
    upstreamTimeoutMs: settings.upstreamTimeoutMs ?? DEFAULT_UPSTREAM_TIMEOUT_MS,
    async close() {
      gate.close();
      await usage.close();
    },
  };
}
