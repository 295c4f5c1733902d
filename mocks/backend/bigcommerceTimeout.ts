import { DEFAULT_BIGCOMMERCE_TIMEOUT_MS } from '../../core/bigcommerce/client';

let timeoutMs = DEFAULT_BIGCOMMERCE_TIMEOUT_MS;

/** How long a call to BigCommerce may take; `null` restores the default (15 s). For tests. */
export function setBigCommerceTimeoutMs(ms: number | null): void {
  if (ms !== null && !(Number.isFinite(ms) && ms > 0)) {
    throw new Error(`The BigCommerce time limit must be a positive number of milliseconds (got ${String(ms)}).`);
  }
  timeoutMs = ms ?? DEFAULT_BIGCOMMERCE_TIMEOUT_MS;
}

export function bigCommerceTimeoutMs(): number {
  return timeoutMs;
}
