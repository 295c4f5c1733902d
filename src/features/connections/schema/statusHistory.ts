import './zodConfig';
import { z } from 'zod/mini';
import { connectionStatusSchema } from './connection';
import { idSchema, timestampSchema } from './common';
import { testFailureReasons } from './testReasons';

// A connection's status over time (the server only): every change, from whatever made it, is
// recorded in one place with where it came from.

export const statusSources = [
  /** The connection was saved (created, or edited with new credentials). */
  'save',
  /** A person pressed Test (or Check now). */
  'test',
  /** The server's background check. */
  'check',
  /** A call through the proxy: BigCommerce refused the token, or took it again. */
  'proxy',
  /** BigCommerce's app install flow gave it a token. */
  'authorization',
  /** BigCommerce said the app was uninstalled. */
  'uninstall',
] as const;
export type StatusSource = (typeof statusSources)[number];

/** A status without the time and message: what a change goes from and to. */
export const statusPointSchema = z.object({ state: connectionStatusSchema.shape.state, code: z.optional(z.enum(testFailureReasons)) });
export type StatusPoint = z.infer<typeof statusPointSchema>;

export const statusChangeSchema = z.object({
  id: idSchema,
  at: timestampSchema,
  /** Null for the connection's first status. */
  from: z.nullable(statusPointSchema),
  to: statusPointSchema,
  /** Why, for a person (an offline status's reason). */
  reason: z.nullable(z.string()),
  source: z.enum(statusSources),
});
export type StatusChange = z.infer<typeof statusChangeSchema>;

/** 200 of GET /api/connections/:id/history: the last 30 days, newest first. */
export const statusHistorySchema = z.object({ changes: z.array(statusChangeSchema) });
export type StatusHistory = z.infer<typeof statusHistorySchema>;
