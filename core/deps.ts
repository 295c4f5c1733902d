import type { BigCommerceClient } from './bigcommerce/client';
import type { BackendPorts } from './ports';

/** What every rule is given: storage, the cipher, and the way to BigCommerce. */
export interface BackendDeps extends BackendPorts {
  readonly bigcommerce: BigCommerceClient;
}
