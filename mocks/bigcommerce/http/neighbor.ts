// Another app installed on every store (SIMULATOR_NEIGHBOR): BigCommerce's quota is the store's,
// shared by every caller (FACTS §7), so this one draws its calls from the same windows, spread
// evenly over each window. When the quota is spent, its calls are refused like anyone's.
import { bigcommerceStores } from '../../fixtures/bigcommerce';
import { storeQuota, takeRequest } from '../quota';

/** Starts drawing `requestsPerWindow` calls from each working store's quota; the function returned stops it. */
export function startNeighbor(requestsPerWindow: number): () => void {
  if (requestsPerWindow <= 0) return () => undefined;
  const timers = bigcommerceStores
    .filter((store) => store.behaviour === 'working')
    .map((store) => {
      const timer = setInterval(() => takeRequest(store.hash, storeQuota(store)), storeQuota(store).windowMs / requestsPerWindow);
      // The neighbour never keeps the process alive by itself.
      timer.unref();
      return timer;
    });
  return () => {
    for (const timer of timers) clearInterval(timer);
  };
}
