import './zodConfig';
import { z } from 'zod/mini';
import { basicConnectionInputSchema, connectionSchema, tokenConnectionInputSchema } from './connection';
import { timestampSchema } from './common';
import { testFailureReasons } from './testReasons';

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
