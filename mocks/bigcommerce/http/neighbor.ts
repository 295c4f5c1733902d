// Another app installed on every store (SIMULATOR_NEIGHBOR): BigCommerce's quota is the store's,
// shared by every caller (FACTS §7), so this one draws its calls from the same windows, spread
// evenly over each window. When the quota is spent, its refused calls wait for the next window and
// go first in it, as an app that waits out its 429 would: it takes its share whoever else calls.
import { bigcommerceStores } from '../../fixtures/bigcommerce';
import { setWaitingForWindow, storeQuota, takeRequest, windowStartOf } from '../quota';

/** What the neighbour drew from each store, since it started. */
export const neighborTaken = new Map<string, number>();
/** The same per window of each store, by the window's start (the last 1,000 windows). */
export const neighborTakenByWindow = new Map<string, Map<number, number>>();

function countInWindow(storeHash: string, count: number): void {
  const start = windowStartOf(storeHash);
  if (start === undefined) return;
  const byWindow = neighborTakenByWindow.get(storeHash) ?? new Map<number, number>();
  byWindow.set(start, (byWindow.get(start) ?? 0) + count);
  if (byWindow.size > 1000) byWindow.delete(byWindow.keys().next().value as number);
  neighborTakenByWindow.set(storeHash, byWindow);
}

/** Starts drawing `requestsPerWindow` calls from each working store's quota; the function returned stops it. */
export function startNeighbor(requestsPerWindow: number): () => void {
  if (requestsPerWindow <= 0) return () => undefined;
  const stores = bigcommerceStores.filter((store) => store.behaviour === 'working');
  const timers = stores.map((store) => {
    let waiting = 0;
    const took = (count: number) => {
      neighborTaken.set(store.hash, (neighborTaken.get(store.hash) ?? 0) + count);
      if (count > 0) countInWindow(store.hash, count);
    };
    setWaitingForWindow(store.hash, (room) => {
      const served = Math.min(waiting, room);
      waiting -= served;
      took(served);
      return served;
    });
    const timer = setInterval(() => {
      if (takeRequest(store.hash, storeQuota(store)).allowed) took(1);
      else waiting = Math.min(waiting + 1, requestsPerWindow);
    }, storeQuota(store).windowMs / requestsPerWindow);
    // The neighbour never keeps the process alive by itself.
    timer.unref();
    return timer;
  });
  return () => {
    for (const timer of timers) clearInterval(timer);
    for (const store of stores) setWaitingForWindow(store.hash, undefined);
  };
}
