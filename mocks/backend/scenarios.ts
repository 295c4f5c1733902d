import { HttpResponse, delay } from 'msw';
import { internalError, unavailable } from '../../core/http/errors';
import { apiOperations, type ApiOperation } from '../../core/routes/table';

export const scenarioOperations = apiOperations;
export type ScenarioOperation = ApiOperation;

export const scenarioFailures = [
  'server-error',
  'unavailable',
  'network-error',
  'slow',
  'malformed-json',
  'contract-violation',
  /** The backend performs the operation, then the answer is lost (a network error). See lostResponse.ts. */
  'lost-response',
] as const;
export type ScenarioFailure = (typeof scenarioFailures)[number];

export interface ScenarioOptions {
  /** Apply to the next request only, so that a retry succeeds. */
  readonly once?: boolean;
  /** Apply to the next `times` requests; wins over `once`. */
  readonly times?: number;
}

/** How long a 'slow' answer waits: long enough for a spinner, under the app's patience. */
export const slowResponseMs = 4000;

interface ActiveScenario {
  readonly failure: ScenarioFailure;
  remaining: number;
}

// In memory on purpose: a scenario belongs to one test run and must not survive a reload.
const active = new Map<ScenarioOperation, ActiveScenario>();

/** Makes `operation` fail with `failure` (every time, or only `once`/`times`); `null` lifts it. */
export function setScenario(operation: ScenarioOperation, failure: ScenarioFailure | null, options: ScenarioOptions = {}): void {
  if (!scenarioOperations.includes(operation)) throw new Error(`Unknown scenario operation "${String(operation)}".`);
  if (failure === null) {
    active.delete(operation);
    return;
  }
  if (!scenarioFailures.includes(failure)) throw new Error(`Unknown scenario failure "${String(failure)}".`);
  const remaining = options.times ?? (options.once ? 1 : Number.POSITIVE_INFINITY);
  if (!(remaining >= 1)) throw new Error(`A scenario must apply at least once (times: ${String(options.times)}).`);
  active.set(operation, { failure, remaining });
}

export function clearScenarios(): void {
  active.clear();
}

function takeScenario(operation: ScenarioOperation, only?: ScenarioFailure): ScenarioFailure | undefined {
  const scenario = active.get(operation);
  if (!scenario || (only !== undefined && scenario.failure !== only)) return undefined;
  scenario.remaining -= 1;
  if (scenario.remaining <= 0) active.delete(operation);
  return scenario.failure;
}

/** True (and the scenario used up once) when `operation` is set to lose its answer after performing. */
export function takeLostResponse(operation: ScenarioOperation): boolean {
  return takeScenario(operation, 'lost-response') !== undefined;
}

/**
 * The answer a handler must send instead of its own, if a scenario is set for its operation.
 * 'slow' waits and then returns nothing, so the handler answers normally.
 */
export async function scenarioResponse(operation: ScenarioOperation): Promise<Response | undefined> {
  return failureResponse(takeScenario(operation));
}

async function failureResponse(failure: ScenarioFailure | undefined): Promise<Response | undefined> {
  switch (failure) {
    case undefined:
      return undefined;
    case 'server-error':
      return internalError();
    case 'unavailable':
      return unavailable();
    case 'network-error':
      return HttpResponse.error();
    case 'slow':
      await delay(slowResponseMs);
      return undefined;
    case 'malformed-json':
      return new HttpResponse('{"connections": [', { status: 200, headers: { 'Content-Type': 'application/json' } });
    case 'contract-violation':
      return HttpResponse.json({ unexpected: true }, { status: 200 });
    case 'lost-response':
      // Taken by loseResponseAfter() before the handler runs; a handler without it answers normally.
      return undefined;
  }
}
