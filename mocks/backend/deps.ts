import { bigCommerceHosts, createBigCommerceClient } from '../../core/bigcommerce/client';
import type { BackendDeps } from '../../core/deps';
import { authorizationStore } from './authorizationStore';
import { bigCommerceTimeoutMs } from './bigcommerceTimeout';
import { connectionStore } from './connectionStore';
import { embeddedCipher } from './crypto';
import { idempotencyStore } from './idempotencyStore';
import { oauthClientStore } from './oauthClientStore';

/**
 * The embedded demo's plugs for the shared rules: IndexedDB, a WebCrypto key, and BigCommerce's
 * real hosts, which the simulator's MSW handlers answer.
 */
export const embeddedDeps: BackendDeps = {
  connections: connectionStore,
  oauthClients: oauthClientStore,
  authorizations: authorizationStore,
  idempotency: idempotencyStore,
  cipher: embeddedCipher,
  bigcommerce: createBigCommerceClient({ ...bigCommerceHosts, timeoutMs: bigCommerceTimeoutMs }),
};
