import { sql, type Kysely } from 'kysely';
import type { Tables } from '../db/tables';
import { nextCheckDelay } from './schedule';

/**
 * A connection that works again, whatever said so (Check now, a proxied call, a new authorization
 * or token): its failures are forgotten, and its next check is at most one interval away, not up to
 * an hour as the failures had it. Written with `trx`, the status change's own transaction.
 */
export async function forgetCheckFailures(trx: Kysely<Tables>, connectionId: string, at: number, intervalMs: number): Promise<void> {
  const soon = at + nextCheckDelay(intervalMs, 0);
  await trx
    .updateTable('connection_checks')
    .set({ failures: 0, next_check_at: sql<number>`case when next_check_at > ${soon} then ${soon} else next_check_at end` })
    .where('connection_id', '=', connectionId)
    .where('failures', '>', 0)
    .execute();
}
