import './zodConfig';
import { z } from 'zod/mini';
import { timestampSchema } from './common';

/**
 * 200 of GET /api/connections/:id/usage (the server only): the proxy's calls with this connection
 * in the last 24 hours. A call waited when the store's quota was spent and it queued for the next
 * window; a 429 is absorbed when the proxy sent the call again and the caller never saw it.
 */
export const connectionUsageSchema = z.object({
  since: timestampSchema,
  calls: z.int(),
  waited: z.int(),
  longestWaitMs: z.int(),
  absorbed429: z.int(),
  /** Every 429 a caller got: BigCommerce's that could not be waited out, and the proxy's own `rate_limited`. */
  passed429: z.int(),
  /** Answers of 500 or more, and calls that got no answer from BigCommerce. */
  errors: z.int(),
});
export type ConnectionUsage = z.infer<typeof connectionUsageSchema>;

export const connectionUsageResponseSchema = z.object({ usage: connectionUsageSchema });
