import { observationOf } from '../../core/proxy/budgetRules';
import { readMethods } from '../../core/proxy/headers';
import type { ProxyContext } from './context';
import type { ReplayableBody } from './requestBody';
import { callUpstream, type UpstreamOutcome } from './upstream';

export interface PacedRequest {
  readonly storeHash: string;
  readonly keyId: string;
  readonly url: string;
  readonly method: string;
  readonly headers: Headers;
  readonly body: ReplayableBody;
  readonly maxWaitMs: number;
  readonly signal: AbortSignal;
}

export type PacedOutcome =
  | UpstreamOutcome
  /** The quota would not let it go within its wait, and BigCommerce has not refused it. */
  | { readonly kind: 'too_long'; readonly retryAfterSeconds: number }
  | { readonly kind: 'unavailable' }
  | { readonly kind: 'stopping' };

export interface Paced {
  readonly outcome: PacedOutcome;
  /** Time spent waiting for the quota, in all. */
  readonly waitedMs: number;
  readonly attempts: number;
  /** 429s sent again, which the caller never saw. */
  readonly absorbed429: number;
}

/** A 5xx or no answer: sent again for GET and HEAD only, at most twice. */
const SERVER_ERROR_RETRIES = 2;
const retriedStatuses = new Set([502, 503, 504]);
const backoffMs = (retry: number) => 200 * 4 ** retry;

/**
 * Sends a call when the store's quota lets it, learns from each answer, and sends it again after
 * a 429 (BigCommerce carried nothing out, whatever the method) for as long as its wait allows;
 * after a 5xx or no answer only when it reads. A 429 it cannot wait out goes to the caller as is.
 */
export async function sendPaced(proxy: ProxyContext, request: PacedRequest): Promise<Paced> {
  const started = performance.now();
  let waitedMs = 0;
  let attempts = 0;
  let absorbed429 = 0;
  let serverErrors = 0;
  let refused: Response | undefined;
  const result = (outcome: PacedOutcome): Paced => ({ outcome, waitedMs, attempts, absorbed429 });

  for (;;) {
    const left = request.maxWaitMs - (performance.now() - started);
    const admission = await proxy.gate.admit(request.storeHash, { keyId: request.keyId, maxWaitMs: Math.max(0, left), signal: request.signal, again: refused !== undefined });
    if (!admission.ok) {
      if (refused && admission.reason === 'too_long') return result({ kind: 'response', response: refused });
      if (admission.reason === 'too_long') return result({ kind: 'too_long', retryAfterSeconds: admission.retryAfterSeconds });
      return result(admission.reason === 'gone' ? { kind: 'cancelled' } : { kind: admission.reason });
    }
    waitedMs += admission.waitedMs;
    if (refused) {
      refused = undefined;
      absorbed429 += 1;
    }
    attempts += 1;
    const outcome = await callUpstream({ url: request.url, method: request.method, headers: request.headers, body: request.body.open() }, proxy.upstreamTimeoutMs, request.signal);
    if (outcome.kind === 'cancelled') return result(outcome);
    if (outcome.kind === 'response') {
      const { response } = outcome;
      await proxy.budget.observe(request.storeHash, observationOf(response.status, response.headers)).catch(() => undefined);
      proxy.gate.wake(request.storeHash);
      if (response.status === 429) {
        // Held while the call waits to go again, and passed on if it cannot: read now, before the
        // silence limit cuts a body nobody reads. A 429's body is a line of JSON.
        refused = new Response(await response.arrayBuffer().catch(() => null), response);
        continue;
      }
      if (!retriedStatuses.has(response.status)) return result(outcome);
    } else {
      // No answer: the budget learnt nothing (a probe leaves room for the next).
      await proxy.budget.observe(request.storeHash, { kind: 'silent' }).catch(() => undefined);
    }
    const room = request.maxWaitMs - (performance.now() - started);
    if (!readMethods.has(request.method) || serverErrors >= SERVER_ERROR_RETRIES || room < backoffMs(serverErrors)) return result(outcome);
    if (outcome.kind === 'response') await outcome.response.body?.cancel().catch(() => undefined);
    if (!(await pause(backoffMs(serverErrors), request.signal))) return result({ kind: 'cancelled' });
    serverErrors += 1;
  }
}

/** False when the caller went away first. */
function pause(ms: number, signal: AbortSignal): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', gone);
      resolve(true);
    }, ms);
    function gone() {
      clearTimeout(timer);
      resolve(false);
    }
    signal.addEventListener('abort', gone, { once: true });
  });
}
