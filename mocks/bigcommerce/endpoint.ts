import type { BigCommerceStoreFixture } from '../fixtures/bigcommerce';

/** What a store endpoint gets once the gateway and the scope check have let the request through. */
export interface EndpointContext {
  readonly request: Request;
  readonly store: BigCommerceStoreFixture;
  /** Path parameters (`productId`). */
  readonly params: Readonly<Record<string, string>>;
  /** The X-Rate-Limit-* headers every answer carries. */
  readonly headers: Readonly<Record<string, string>>;
}
