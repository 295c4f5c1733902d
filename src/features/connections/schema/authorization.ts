import './zodConfig';
import { z } from 'zod/mini';
import { connectionSchema } from './connection';

/** POST /api/connections/:id/authorize answers where to send the person to consent. */
export const authorizeStartSchema = z.object({ authorizeUrl: z.string() });

/** What BigCommerce appends to the Redirect URL, as the callback page forwards it to POST /api/oauth/callback. */
export const oauthCallbackInputSchema = z.object({
  state: z.string().check(z.minLength(1)),
  code: z.optional(z.string()),
  scope: z.optional(z.string()),
  context: z.optional(z.string()),
  account_uuid: z.optional(z.string()),
  error: z.optional(z.string()),
  error_description: z.optional(z.string()),
});
export type OAuthCallbackInput = z.output<typeof oauthCallbackInputSchema>;

/**
 * What BigCommerce appends to the server's Auth callback URL after an install (FACTS §4): no
 * `state`; `external_install` only when the install started from the install link.
 */
export const oauthInstallQuerySchema = z.object({
  code: z.optional(z.string().check(z.maxLength(512))),
  scope: z.optional(z.string().check(z.maxLength(4096))),
  context: z.optional(z.string().check(z.maxLength(256))),
  account_uuid: z.optional(z.string().check(z.maxLength(256))),
  external_install: z.optional(z.string().check(z.maxLength(16))),
  error: z.optional(z.string().check(z.maxLength(256))),
  error_description: z.optional(z.string().check(z.maxLength(1024))),
});
export type OAuthInstallQuery = z.output<typeof oauthInstallQuerySchema>;

/** What BigCommerce sends to the Load and Uninstall callback URLs. */
export const signedPayloadQuerySchema = z.object({ signed_payload_jwt: z.string().check(z.minLength(1), z.maxLength(8192)) });

export const authorizationFailureReasons = [
  'access_denied', // the person pressed Cancel on the consent page
  'invalid_grant', // the code was used already, expired, or the redirect URL did not match
  'invalid_client', // BigCommerce refused the client ID or secret
  'store_mismatch', // the context names another store than the connection's
  'unknown_state', // no authorization is waiting for this callback
  'unavailable', // BigCommerce could not be reached or failed
] as const;
export type AuthorizationFailureReason = (typeof authorizationFailureReasons)[number];

export const oauthCallbackResultSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), connection: connectionSchema }),
  z.object({
    ok: z.literal(false),
    connectionId: z.optional(z.string()),
    reason: z.enum(authorizationFailureReasons),
    message: z.string(),
  }),
]);
export type OAuthCallbackResult = z.infer<typeof oauthCallbackResultSchema>;

/** The message the callback page posts to its opener (same origin only). */
export const oauthWindowMessageSchema = z.object({
  type: z.literal('bigcommerce-oauth-result'),
  result: oauthCallbackResultSchema,
});
