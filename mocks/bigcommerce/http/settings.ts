// The simulator's settings from the environment, for `npm run simulator` and for the server's
// `--simulate` (server/config.ts): one definition of what each variable accepts. No Node APIs and
// no simulator state here, so the server's configuration can import it without the simulator.
import { z } from 'zod/mini';
import type { QuotaSetting } from '../quota';

/** BigCommerce's Standard and Plus plans: 150 requests per 30-second window (FACTS §6). */
export const DEFAULT_SIMULATOR_QUOTA: QuotaSetting = { requests: 150, windowMs: 30_000 };

const requestsRange = [1, 100_000] as const;
const windowRange = [100, 3_600_000] as const;
const within = (value: number, [min, max]: readonly [number, number]) => value >= min && value <= max;

/** SIMULATOR_QUOTA: `<requests>/<window ms>`, such as 20/1000. */
export const simulatorQuotaSchema = z
  .pipe(
    z.string().check(z.regex(/^\d{1,7}\/\d{1,8}$/)),
    z.transform((text: string): QuotaSetting => {
      const [requests, windowMs] = text.split('/').map(Number) as [number, number];
      return { requests, windowMs };
    }),
  )
  .check(z.refine((quota: QuotaSetting) => within(quota.requests, requestsRange) && within(quota.windowMs, windowRange)));

/** SIMULATOR_NEIGHBOR: requests per window that another app takes from each store. */
export const simulatorNeighborSchema = z.pipe(z.string().check(z.regex(/^\d{1,7}$/)), z.transform(Number));

/** What each variable expects, for the start-up message. */
export const simulatorSettingExpectations = {
  SIMULATOR_QUOTA: `every store's quota as REQUESTS/WINDOW_MS, such as 20/1000 (${requestsRange.join(' to ')} requests, a window of ${windowRange.join(' to ')} ms; default: each store's plan over BigCommerce's 30000 ms window, 150 for Plumtree Outfitters)`,
  SIMULATOR_NEIGHBOR: "a whole number of requests per window that another app takes from each store's quota, at most the quota's requests (default 0: none)",
} as const;

/** Why this neighbour does not fit the quota, or undefined when it does. */
export function neighborProblem(neighbor: number, quota: QuotaSetting | undefined): string | undefined {
  const { requests } = quota ?? DEFAULT_SIMULATOR_QUOTA;
  if (neighbor <= requests) return undefined;
  return `SIMULATOR_NEIGHBOR (${neighbor}) must be at most the quota's ${requests} requests per window${quota ? ' (SIMULATOR_QUOTA)' : ''}.`;
}

export interface SimulatorSettings {
  /** Undefined: each store's plan. */
  readonly quota: QuotaSetting | undefined;
  /** 0: no other app. */
  readonly neighbor: number;
}

/** SIMULATOR_QUOTA and SIMULATOR_NEIGHBOR (empty counts as unset); throws an Error naming each bad one. */
export function readSimulatorSettings(env: Readonly<Record<string, string | undefined>>): SimulatorSettings {
  const problems: string[] = [];
  const read = <T>(name: keyof typeof simulatorSettingExpectations, schema: z.ZodMiniType<T, string>): T | undefined => {
    const text = env[name];
    if (!text) return undefined;
    const parsed = schema.safeParse(text);
    if (parsed.success) return parsed.data;
    problems.push(`- ${name} must be ${simulatorSettingExpectations[name]} (got ${JSON.stringify(text)}).`);
    return undefined;
  };
  const quota = read('SIMULATOR_QUOTA', simulatorQuotaSchema);
  const neighbor = read('SIMULATOR_NEIGHBOR', simulatorNeighborSchema) ?? 0;
  const mismatch = problems.length === 0 ? neighborProblem(neighbor, quota) : undefined;
  if (mismatch) problems.push(`- ${mismatch}`);
  if (problems.length > 0) throw new Error(['The simulator cannot start: bad configuration.', ...problems].join('\n'));
  return { quota, neighbor };
}
