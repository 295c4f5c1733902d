import './zodConfig';
import { z } from 'zod/mini';
import { idSchema, timestampSchema } from './common';

/** What the activity log records (the real server only). */
export const activityActions = [
  'connection.created',
  'connection.updated',
  'connection.deleted',
  /** A saved connection tested (POST /api/connections/:id/test). */
  'connection.tested',
  /** Credentials tested before saving (POST /api/connections/test): no connection yet. */
  'credentials.tested',
  'connection.authorization_started',
  'connection.authorized',
  'connection.uninstalled',
  'oauth_client.created',
  'oauth_client.updated',
  'api_key.created',
  'api_key.revoked',
  'webhook.created',
  'webhook.updated',
  'webhook.deleted',
  'webhook.secret_rotated',
  'owner.created',
  'session.signed_in',
  'session.sign_in_failed',
  'session.signed_out',
  'password.changed',
] as const;
export type ActivityAction = (typeof activityActions)[number];

export const activityEntrySchema = z.object({
  id: idSchema,
  at: timestampSchema,
  /** The signed-in owner's email; null for BigCommerce's own callbacks (uninstall) and failed sign-ins of unknown emails. */
  actor: z.nullable(z.string()),
  action: z.enum(activityActions),
  outcome: z.enum(['succeeded', 'failed']),
  /** The connection, OAuth client, API key or webhook endpoint concerned, with its name (an endpoint's address) at the time. */
  subject: z.nullable(z.object({ kind: z.enum(['connection', 'oauthClient', 'apiKey', 'webhook']), id: idSchema, name: z.string() })),
  /** One sentence for a person: the failure's reason or the test's result. Never a secret. */
  detail: z.nullable(z.string().check(z.maxLength(500))),
});
export type ActivityEntry = z.infer<typeof activityEntrySchema>;

/** 200 of GET /api/activity[?before=ID]: newest first, at most 100; `nextBefore` pages on. */
export const activityPageSchema = z.object({ entries: z.array(activityEntrySchema), nextBefore: z.nullable(idSchema) });
export type ActivityPage = z.infer<typeof activityPageSchema>;
