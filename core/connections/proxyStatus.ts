import type { ConnectionStatus } from '../../src/features/connections/schema';
import { testMessages } from '../bigcommerce/testMessages';
import type { StoredConnection } from '../ports';

/**
 * What a proxied call's answer says of the connection: a 401 means BigCommerce no longer takes
 * its token (offline at once, as a failed test would say); a success after that means it works
 * again. Undefined when the status stays as it is.
 */
export function statusAfterProxiedCall(record: StoredConnection, status: number, checkedAt: string): ConnectionStatus | undefined {
  const current = record.status;
  if (status === 401) {
    if (current.state === 'offline' && current.code === 'unauthorized') return undefined;
    return { state: 'offline', code: 'unauthorized', reason: testMessages.unauthorized(record.authType, record.storeHash), checkedAt };
  }
  if (status >= 200 && status < 300 && (current.state === 'offline' || current.state === 'untested')) return { state: 'online', checkedAt };
  return undefined;
}
