import './zodConfig';
import { z } from 'zod/mini';
import { connectionSchema } from './connection';
import { connectionListLimits, connectionStateNames } from './listLimits';

// GET /api/connections, paged (docs/api.md): the query a list asks with and the page it gets.

export const connectionPageLimits = connectionListLimits;

export const connectionStates = connectionStateNames;
export type ConnectionState = (typeof connectionStates)[number];

const limitMessage = `limit must be a whole number from 1 to ${connectionPageLimits.max}.`;
const countMessage = 'count must be true or false.';
const statusMessage = `status must be one or more of ${connectionStates.join(', ')}, separated by commas.`;

/**
 * The query string, as text values (URLSearchParams). `cursor` is opaque: the `nextCursor` of the
 * page before, checked by the backend (an unreadable one is a 422 on `cursor`). `q` matches the
 * name or the store hash, case-blind, anywhere in it. `status` is one or more states, comma-separated.
 * `count=true` asks for the page's `total` too.
 */
export const connectionListQuerySchema = z.object({
  limit: z.optional(
    z.pipe(
      z.string().check(z.regex(/^\d{1,3}$/, limitMessage)),
      z.pipe(z.transform((value: string) => Number(value)), z.number().check(z.minimum(1, limitMessage), z.maximum(connectionPageLimits.max, limitMessage))),
    ),
  ),
  cursor: z.optional(z.string().check(z.minLength(1, 'cursor must be the nextCursor of the page before.'), z.maxLength(512, 'cursor must be the nextCursor of the page before.'))),
  q: z.optional(
    z.string().check(
      z.trim(),
      z.maxLength(connectionPageLimits.queryMaxLength, `Search for at most ${connectionPageLimits.queryMaxLength} characters.`),
    ),
  ),
  status: z.optional(
    z.pipe(
      z.string(),
      z.pipe(
        z.transform((value: string) => value.split(',').map((state) => state.trim())),
        z.array(z.enum(connectionStates, statusMessage)).check(z.minLength(1, statusMessage)),
      ),
    ),
  ),
  count: z.optional(z.pipe(z.enum(['true', 'false'], countMessage), z.transform((value) => value === 'true'))),
});
export type ConnectionListQuery = z.output<typeof connectionListQuerySchema>;

/**
 * One page: newest change first (`updatedAt`, then `id`, both descending); `nextCursor` null on the
 * last. `total`, only when the query asked with `count=true`: how many match `q` and `status`, on every page.
 */
export const connectionPageSchema = z.object({
  connections: z.array(connectionSchema),
  nextCursor: z.nullable(z.string()),
  total: z.optional(z.int().check(z.minimum(0))),
});
export type ConnectionPage = z.infer<typeof connectionPageSchema>;
