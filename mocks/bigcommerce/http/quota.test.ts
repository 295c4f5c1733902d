// @vitest-environment node
// SIMULATOR_QUOTA and SIMULATOR_NEIGHBOR through the HTTP simulator, on the real clock: a short
// window (20 requests per second) so that a window passes within a test.
import { bigcommerceApiAccounts, PLUMTREE_STORE_HASH } from '../../fixtures/bigcommerce';
import { callStore, startHttpSimulator, type HttpSimulator } from './testing';

const token = bigcommerceApiAccounts[0]!.accessToken;
const shortQuota = { requests: 20, windowMs: 1000 };

function call(simulator: HttpSimulator): Promise<Response> {
  return callStore(simulator, PLUMTREE_STORE_HASH, '/v2/time', token);
}

const headerNumber = (response: Response, name: string) => Number(response.headers.get(`X-Rate-Limit-${name}`));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A call early in a window, so that the next `spanMs` stay inside it. */
async function callEarlyInWindow(simulator: HttpSimulator, spanMs: number): Promise<Response> {
  for (;;) {
    const response = await call(simulator);
    const resetMs = headerNumber(response, 'Time-Reset-Ms');
    if (response.status === 200 && resetMs > spanMs + 150) return response;
    await sleep(resetMs + 5);
  }
}

/** Two calls of ours `spanMs` apart in one window, with time left after the second (tries again when a window ends between them). */
async function twoCallsInOneWindow(simulator: HttpSimulator, spanMs: number): Promise<[Response, Response]> {
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const first = await callEarlyInWindow(simulator, spanMs);
    await sleep(spanMs);
    const second = await call(simulator);
    const resetMs = headerNumber(second, 'Time-Reset-Ms');
    if (second.status === 200 && resetMs < headerNumber(first, 'Time-Reset-Ms') && resetMs > 50) return [first, second];
  }
  throw new Error(`No two calls ${spanMs} ms apart fell in one window in five tries.`);
}

/** How many calls another app made between two of ours in one window, and the time between them. */
async function othersCallsOver(simulator: HttpSimulator, spanMs: number): Promise<{ others: number; elapsedMs: number }> {
  const [first, second] = await twoCallsInOneWindow(simulator, spanMs);
  const elapsedMs = headerNumber(first, 'Time-Reset-Ms') - headerNumber(second, 'Time-Reset-Ms');
  return { others: headerNumber(first, 'Requests-Left') - headerNumber(second, 'Requests-Left') - 1, elapsedMs };
}

describe('SIMULATOR_QUOTA=20/1000', () => {
  const simulator = startHttpSimulator({ quota: shortQuota });

  it('sets the quota headers, refuses the 21st call of a window with 429, and serves again in the next window', async () => {
    const served = [];
    for (let i = 0; i < 20; i += 1) served.push(await call(simulator));
    expect(served.map((response) => response.status)).toEqual(Array(20).fill(200));
    expect(headerNumber(served[0]!, 'Requests-Quota')).toBe(20);
    expect(headerNumber(served[0]!, 'Time-Window-Ms')).toBe(1000);
    expect(headerNumber(served[0]!, 'Time-Reset-Ms')).toBeLessThanOrEqual(1000);
    expect(headerNumber(served[19]!, 'Requests-Left')).toBe(0);

    const refused = await call(simulator);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('X-Retry-After')).toBe('1');
    await sleep(headerNumber(refused, 'Time-Reset-Ms') + 5);
    const next = await call(simulator);
    expect(next.status).toBe(200);
    expect(headerNumber(next, 'Requests-Left')).toBe(19);
  });

  it('applies to every store, whatever its plan: the quota of the rate-limited store reads 20 too', async () => {
    const limited = await callStore(simulator, 'ratelimit1', '/v2/time', token);
    expect(limited.status).toBe(429);
    expect(headerNumber(limited, 'Requests-Quota')).toBe(20);
  });
});

describe('SIMULATOR_NEIGHBOR=5 with SIMULATOR_QUOTA=20/1000', () => {
  const simulator = startHttpSimulator({ quota: shortQuota, neighbor: 5 });

  it('another app takes about 5 calls a window, one every 200 ms, from the same quota', async () => {
    // 450 ms hold two or three of its calls, wherever they fall (a busy machine stretches the 450 ms).
    const { others, elapsedMs } = await othersCallsOver(simulator, 450);
    expect(others).toBeGreaterThanOrEqual(Math.max(1, Math.floor(elapsedMs / 200) - 1));
    expect(others).toBeLessThanOrEqual(Math.ceil(elapsedMs / 200));
  });

  it('leaves the callers what it has not taken: a 429 once theirs and its calls make 20', async () => {
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const [first, second] = await twoCallsInOneWindow(simulator, 600);
      const others = headerNumber(first, 'Requests-Left') - headerNumber(second, 'Requests-Left') - 1;
      // Ours until the 429, as long as the window lasts (a slow machine may see it end first: then again).
      let ours = 2;
      let last = second;
      const burning = Date.now();
      let next = await call(simulator);
      while (next.status === 200 && headerNumber(next, 'Time-Reset-Ms') <= headerNumber(last, 'Time-Reset-Ms')) {
        ours += 1;
        last = next;
        next = await call(simulator);
      }
      if (next.status !== 429 || headerNumber(next, 'Time-Reset-Ms') > headerNumber(last, 'Time-Reset-Ms')) continue;
      expect(others).toBeGreaterThanOrEqual(2);
      expect(ours + others).toBeLessThanOrEqual(20);
      // Short only by what it took while ours went (one call every 200 ms).
      expect(ours + others).toBeGreaterThanOrEqual(20 - 1 - Math.ceil((Date.now() - burning) / 200));
      return;
    }
    throw new Error('No window lasted long enough to be spent in five tries.');
  });
});

describe('SIMULATOR_NEIGHBOR=5 against a caller that spends each window at its start', () => {
  const simulator = startHttpSimulator({ quota: shortQuota, neighbor: 5 });
  const report = async () => (await (await fetch(`${simulator.url}/__simulator/neighbor`)).json()) as { taken: Record<string, number>; byWindow: Record<string, Record<string, number>> };
  const taken = async () => (await report()).taken[PLUMTREE_STORE_HASH] ?? 0;

  it('still takes its 5 a window: its refused calls wait for the next window and go first in it; it says what it took in each window', async () => {
    /** Calls until the window is spent; how many went, and the 429 that ended them. */
    const spend = async () => {
      let ours = 0;
      for (let response = await call(simulator); ; response = await call(simulator)) {
        if (response.status === 429) return { ours, resetMs: headerNumber(response, 'Time-Reset-Ms') };
        ours += 1;
      }
    };
    await sleep((await spend()).resetMs + 5);
    // This window is spent at its start: the neighbour's calls in the rest of it are refused.
    const spent = await spend();
    expect(spent.resetMs).toBeGreaterThan(600);
    await sleep(spent.resetMs + 5);
    const since = Date.now();
    const before = await taken();
    // The next window starts with our call, but serves the neighbour's waiting calls first.
    const next = await spend();
    const neighbours = (await taken()) - before;
    expect(neighbours).toBeGreaterThanOrEqual(3);
    expect(next.ours + neighbours).toBe(20);
    const windowsSince = Object.entries((await report()).byWindow[PLUMTREE_STORE_HASH] ?? {}).filter(([start]) => Number(start) >= since);
    expect(windowsSince.map(([, count]) => count)).toEqual([neighbours]);
  });
});

describe('after the simulator with a neighbour has closed', () => {
  const simulator = startHttpSimulator();

  it('nobody else draws from the quota any more, and the plan quota is back (150 per 30 s)', async () => {
    const { others } = await othersCallsOver(simulator, 450);
    expect(others).toBe(0);
    const response = await call(simulator);
    expect(headerNumber(response, 'Requests-Quota')).toBe(150);
    expect(headerNumber(response, 'Time-Window-Ms')).toBe(30_000);
  });
});
