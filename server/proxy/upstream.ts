// One attempt of a proxied call: a streaming fetch to BigCommerce, bounded in time until its
// answer begins and, after that, by silence: a body that stops flowing for as long is cut.

import type { CallOutcome } from '../../core/bigcommerce/client';

/** As a test's call to BigCommerce: an answer, no answer in time, none at all, or the caller gone. */
export type UpstreamOutcome = CallOutcome;

export interface UpstreamRequest {
  readonly url: string;
  readonly method: string;
  readonly headers: Headers;
  readonly body: RequestInit['body'] | undefined;
}

export async function callUpstream(request: UpstreamRequest, timeoutMs: number, callerSignal: AbortSignal): Promise<UpstreamOutcome> {
  const controller = new AbortController();
  const onCallerGone = () => controller.abort();
  callerSignal.addEventListener('abort', onCallerGone, { once: true });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  try {
    const response = await fetch(request.url, {
      method: request.method,
      headers: request.headers,
      body: request.body ?? null,
      signal: controller.signal,
      redirect: 'manual',
      // A streamed body needs it (Node's fetch); a buffered one does not mind.
      duplex: 'half',
    } as RequestInit);
    clearTimeout(timer);
    if (!response.body) return { kind: 'response', response };
    const body = response.body.pipeThrough(idleTimeout(timeoutMs, () => controller.abort()));
    return { kind: 'response', response: new Response(body, response) };
  } catch {
    clearTimeout(timer);
    callerSignal.removeEventListener('abort', onCallerGone);
    if (callerSignal.aborted) return { kind: 'cancelled' };
    return timedOut ? { kind: 'timeout' } : { kind: 'network' };
  }
}

/** Passes chunks on; `stall` is called when none has come for `ms`. */
function idleTimeout(ms: number, stall: () => void): TransformStream<Uint8Array, Uint8Array> {
  let timer: NodeJS.Timeout | undefined;
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(stall, ms);
  };
  return new TransformStream({
    start: arm,
    transform(chunk, controller) {
      arm();
      controller.enqueue(chunk);
    },
    flush: () => clearTimeout(timer),
  });
}
