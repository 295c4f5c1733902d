import './zodConfig';
import { z } from 'zod';
import { connectionSchema } from './connection';

/** POST /api/connections/:id/authorize answers where to send the person to consent. */
export const authorizeStartSchema = z.object({ authorizeUrl: z.string() });

/** What BigCommerce appends to the Redirect URL, as the callback page forwards it to POST /api/oauth/callback. */
export const oauthCallbackInputSchema = z.object({
  state: z.string().min(1),
  code: z.string().optional(),
  scope: z.string().optional(),
  context: z.string().optional(),
  account_uuid: z.string().optional(),
  error: z.string().optional(),
  error_description: z.string().optional(),
});
export type OAuthCallbackInput = z.output<typeof oauthCallbackInputSchema>;

/**
 * What BigCommerce appends to the server's Auth callback URL after an install (FACTS §4): no
 * `state`; `external_install` only when the install started from the install link.
 */
export const oauthInstallQuerySchema = z.object({
  code: z.string().max(512).optional(),
  scope: z.string().max(4096).optional(),
  context: z.string().max(256).optional(),
  account_uuid: z.string().max(256).optional(),
  external_install: z.string().max(16).optional(),
  error: z.string().max(256).optional(),
  error_description: z.string().max(1024).optional(),
});
export type OAuthInstallQuery = z.output<typeof oauthInstallQuerySchema>;

/** What BigCommerce sends to the Load and Uninstall callback URLs. */
export const signedPayloadQuerySchema = z.object({ signed_payload_jwt: z.string().min(1).max(8192) });

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
    connectionId: z.string().optional(),
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
