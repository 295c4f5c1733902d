import { sql } from 'kysely';
import type { ConnectionUsage } from '../../src/features/connections/schema';
import type { ApiKeyRepository } from '../../core/ports';
import type { ServerDatabase } from '../db/openDatabase';
import type { ProxyUsageTable } from '../db/tables';

/** What one proxied call adds to its connection's usage. */
export interface CountedCall {
  readonly connectionId: string;
  readonly keyId: string;
  /** When it was answered (ms since the epoch). */
  readonly at: number;
  readonly waitedMs: number;
  readonly absorbed429: number;
  /** The caller got a 429: BigCommerce's that could not be waited out, or the proxy's own `rate_limited`. */
  readonly passed429: boolean;
  readonly error: boolean;
}

const DAY_MS = 24 * 60 * 60_000;
type Counts = Omit<ProxyUsageTable, 'connection_id' | 'minute'>;
const noCounts = (): Counts => ({ calls: 0, waited: 0, longest_wait_ms: 0, absorbed_429: 0, passed_429: 0, errors: 0 });

/**
 * Counts proxied calls in memory and adds them to `proxy_usage` (per connection and minute) and
 * to the keys' "last used" once a second: a call costs no write of its own. A crash loses at most
 * that second's counts, never a call.
 */
export function createUsageCounter(database: ServerDatabase, apiKeys: ApiKeyRepository, { flushEveryMs = 1000, now = Date.now } = {}) {
  const db = database.kysely;
  let pending = new Map<string, { connectionId: string; minute: number; counts: Counts }>();
  let keyUses = new Map<string, number>();
  let flushing: Promise<void> = Promise.resolve();
  const timer = setInterval(() => void flush().catch(() => undefined), flushEveryMs);
  timer.unref();

  function count(call: CountedCall): void {
    const minute = call.at - (call.at % 60_000);
    const slot = `${call.connectionId}\n${minute}`;
    const entry = pending.get(slot) ?? { connectionId: call.connectionId, minute, counts: noCounts() };
    const { counts } = entry;
    counts.calls += 1;
    if (call.waitedMs >= 1) counts.waited += 1;
    counts.longest_wait_ms = Math.max(counts.longest_wait_ms, Math.round(call.waitedMs));
    counts.absorbed_429 += call.absorbed429;
    if (call.passed429) counts.passed_429 += 1;
    if (call.error) counts.errors += 1;
    pending.set(slot, entry);
    keyUses.set(call.keyId, Math.max(keyUses.get(call.keyId) ?? 0, call.at));
  }

  async function write(entries: Map<string, { connectionId: string; minute: number; counts: Counts }>, uses: Map<string, number>): Promise<void> {
    for (const { connectionId, minute, counts } of entries.values()) {
      await db
        .insertInto('proxy_usage')
        .values({ connection_id: connectionId, minute, ...counts })
        .onConflict((oc) =>
          oc.columns(['connection_id', 'minute']).doUpdateSet({
            calls: sql`proxy_usage.calls + excluded.calls`,
            waited: sql`proxy_usage.waited + excluded.waited`,
            longest_wait_ms: sql`case when excluded.longest_wait_ms > proxy_usage.longest_wait_ms then excluded.longest_wait_ms else proxy_usage.longest_wait_ms end`,
            absorbed_429: sql`proxy_usage.absorbed_429 + excluded.absorbed_429`,
            passed_429: sql`proxy_usage.passed_429 + excluded.passed_429`,
            errors: sql`proxy_usage.errors + excluded.errors`,
          }),
        )
        .execute();
    }
    if (uses.size > 0) await apiKeys.markUsed(uses);
  }

  /** Writes what was counted; what cannot be written now (the database is away) is kept for later. */
  function flush(): Promise<void> {
    // After the last flush, whether it wrote or failed.
    flushing = flushing.catch(() => undefined).then(async () => {
      if (pending.size === 0 && keyUses.size === 0) return;
      const entries = pending;
      const uses = keyUses;
      pending = new Map();
      keyUses = new Map();
      try {
        await write(entries, uses);
      } catch (error) {
        for (const [slot, entry] of entries) {
          const newer = pending.get(slot);
          if (newer) mergeInto(newer.counts, entry.counts);
          else pending.set(slot, entry);
        }
        for (const [id, at] of uses) keyUses.set(id, Math.max(keyUses.get(id) ?? 0, at));
        throw error;
      }
    });
    return flushing;
  }

  return {
    count,
    flush,
    /** The last 24 hours of a connection's calls, this server's latest included. */
    async usageOf(connectionId: string): Promise<ConnectionUsage> {
      await flush();
      const since = now() - DAY_MS;
      await db.deleteFrom('proxy_usage').where('minute', '<', since - 60 * 60_000).execute();
      const rows = await db.selectFrom('proxy_usage').selectAll().where('connection_id', '=', connectionId).where('minute', '>=', since - (since % 60_000)).execute();
      const total = noCounts();
      for (const row of rows) mergeInto(total, row);
      return {
        since: new Date(since).toISOString(),
        calls: total.calls,
        waited: total.waited,
        longestWaitMs: total.longest_wait_ms,
        absorbed429: total.absorbed_429,
        passed429: total.passed_429,
        errors: total.errors,
      };
    },
    async close(): Promise<void> {
      clearInterval(timer);
      await flush().catch(() => undefined);
    },
  };
}
export type UsageCounter = ReturnType<typeof createUsageCounter>;

function mergeInto(into: Counts, from: Counts): void {
  into.calls += Number(from.calls);
  into.waited += Number(from.waited);
  into.longest_wait_ms = Math.max(into.longest_wait_ms, Number(from.longest_wait_ms));
  into.absorbed_429 += Number(from.absorbed_429);
  into.passed_429 += Number(from.passed_429);
  into.errors += Number(from.errors);
}
