import type { BackendDeps } from '../../core/deps';
import type { ApiKeyRepository } from '../../core/ports';
import type { StoreBudget } from '../../core/proxy/budget';
import type { StoreGate } from '../../core/proxy/storeGate';
import type { perKeyLimit } from './keyLimit';
import type { UsageCounter } from './usageCounter';

/** What every proxied call uses. */
export interface ProxyContext {
  readonly deps: BackendDeps;
  readonly apiKeys: ApiKeyRepository;
  /** BIGCOMMERCE_API_URL (or the simulator's). */
  readonly apiUrl: string;
  readonly budget: StoreBudget;
  readonly gate: StoreGate;
  readonly usage: UsageCounter;
  readonly keyLimit: ReturnType<typeof perKeyLimit>;
  readonly keyLimitPerMinute: number;
  /** How long BigCommerce may take to begin an answer, or pause in one. */
  readonly upstreamTimeoutMs: number;
}
