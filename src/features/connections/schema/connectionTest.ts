import './zodConfig';
import { z } from 'zod/mini';
import { basicConnectionInputSchema, connectionSchema, tokenConnectionInputSchema } from './connection';
import { timestampSchema } from './common';

/**
 * The body of POST /api/connections/test: the credentials as typed, unsaved. The name is not
 * needed to test, so it is optional here.
 */
export const connectionTestInputSchema = z.discriminatedUnion('authType', [
  z.omit(basicConnectionInputSchema, { name: true }),
  z.omit(tokenConnectionInputSchema, { name: true }),
]);
export type ConnectionTestInput = z.output<typeof connectionTestInputSchema>;

export const rateLimitSchema = z.object({
  quota: z.int(),
  left: z.int(),
  windowMs: z.int(),
});

export const testFailureReasons = [
  'unauthorized', // wrong token or client: marks Access token / Password
  'store_not_found', // unknown store hash: marks Store hash
  'missing_scope', // names the BigCommerce scope and its UI name
  'rate_limited', // says when to retry
  'unavailable', // BigCommerce answered 5xx
  'timeout', // no answer within the time limit
  'network', // BigCommerce could not be reached
  'not_authorized', // an OAuth 2.0 connection with no token yet
] as const;
export type TestFailureReason = (typeof testFailureReasons)[number];

export const testResultSchema = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    checkedAt: timestampSchema,
    store: z.object({ hash: z.string(), name: z.string(), plan: z.string() }),
    /** The resources the test could read, as their read-only scopes: the test reads two, so this is not the account's list. */
    scopes: z.array(z.string()),
    rateLimit: z.optional(rateLimitSchema),
  }),
  z.object({
    ok: z.literal(false),
    checkedAt: timestampSchema,
    reason: z.enum(testFailureReasons),
    message: z.string(),
    /** The form field the failure belongs on, when it belongs on one. */
    field: z.optional(z.enum(['accessToken', 'password', 'storeHash', 'oauthClientId'])),
    missingScope: z.optional(z.object({ scope: z.string(), uiName: z.string() })),
    retryAfterSeconds: z.optional(z.int()),
  }),
]);
export type TestResult = z.infer<typeof testResultSchema>;

/** POST /api/connections/test answers `{ result }`; POST /api/connections/:id/test also the updated connection. */
export const testResponseSchema = z.object({ result: testResultSchema });
export const savedTestResponseSchema = z.object({ result: testResultSchema, connection: connectionSchema });
